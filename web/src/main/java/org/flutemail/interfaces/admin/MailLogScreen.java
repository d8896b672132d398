package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
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
    private LocalDate from;
    private LocalDate to;
    private transient LogPage result;

    public List<String> getResults() {
        return RESULTS;
    }

    public LogPage getResult() {
        if (result == null) {
            Instant start = UtcDays.startOf(from);
            Instant end = UtcDays.endOf(to);
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

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
