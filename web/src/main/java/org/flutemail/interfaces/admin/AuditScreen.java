package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.flutemail.application.AuditService.AuditPage;
import org.flutemail.application.AuditService;
import org.flutemail.application.CallerGuard;

/** The audit log search, for system administrators: by actor, target, action and a range of days (UTC). */
@Named
@ViewScoped
public class AuditScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    CallerGuard guard;

    @EJB
    AuditService audit;

    private String actor;
    private String target;
    private String action;
    private final UtcDays days = new UtcDays();
    private int page;
    private transient AuditPage result;

    public String check() {
        return guard.actor().tier() == org.flutemail.application.Actor.Tier.SYSTEM ? null
                : AdminLoginScreen.home(guard.actor());
    }

    public AuditPage getResult() {
        if (result == null) {
            guard.system();
            Instant start = days.start();
            Instant end = days.end();
            result = audit.search(blankToNull(actor), blankToNull(target), blankToNull(action), null, start, end, page,
                    PAGE_SIZE);
        }
        return result;
    }

    public void search() {
        page = 0;
        result = null;
    }

    public void next() {
        if ((long) (page + 1) * PAGE_SIZE < getResult().total()) {
            page++;
        }
        result = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        result = null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public UtcDays getDays() {
        return days;
    }

    public int getPage() {
        return page;
    }
}
