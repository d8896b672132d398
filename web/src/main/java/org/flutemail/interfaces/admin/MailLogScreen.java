package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.MailLogService;
import org.flutemail.application.MailLogService.LogPage;

/**
 * The mail log search, the newest {@value #PAGE_SIZE} lines that match: by account, client address,
 * result and a range of days (UTC); domain administrators see their domains' lines.
 */
@Named
@ViewScoped
public class MailLogScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;
    static final List<String> RESULTS = List.of("accepted", "refused", "success", "failure");

    @Inject
    CallerGuard guard;

    @EJB
    MailLogService log;

    private String account;
    private String ip;
    private String outcome;
    private final UtcDays days = new UtcDays();
    private transient LogPage result;

    public List<String> getResults() {
        return RESULTS;
    }

    public LogPage getResult() {
        if (result == null) {
            Instant start = days.start();
            Instant end = days.end();
            result = log.search(start, end, account, ip, outcome, guard.reportDomains(null), 0, PAGE_SIZE);
        }
        return result;
    }

    public void search() {
        result = null;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public UtcDays getDays() {
        return days;
    }
}
