package org.flutemail.interfaces.webmail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.flutemail.application.ComposeService;
import org.flutemail.application.ComposeViews.ScheduledView;

/** The messages waiting to be sent later, each with its time in the user's zone and a Cancel button. */
@Named
@ViewScoped
public class ScheduledScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ComposeService compose;

    @Inject
    WebmailSession session;

    @Inject
    Texts texts;

    @Inject
    Languages languages;

    private List<ScheduledView> messages;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        messages = compose.scheduled(session.getAccount());
    }

    public void cancel(long id) {
        boolean cancelled = compose.cancelScheduled(session.getAccount(), id);
        texts.notice(cancelled ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                cancelled ? "scheduled.cancelled" : "scheduled.tooLate");
        refresh();
    }

    public String format(Instant instant) {
        return session.format(instant, languages.getCurrent());
    }

    public String stateLabel(String state) {
        return texts.get("scheduled.state." + state);
    }

    public List<ScheduledView> getMessages() {
        return messages;
    }
}
