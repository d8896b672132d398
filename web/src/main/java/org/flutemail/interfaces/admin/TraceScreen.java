package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.flutemail.application.Actor;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.MessageTraceService;
import org.flutemail.application.MessageTraceService.MessageTrace;

/** Message tracing, for system administrators: find messages, see where each went. */
@Named
@ViewScoped
public class TraceScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RESULTS = 20;

    @Inject
    CallerGuard guard;

    @Inject
    ScreenActions actions;

    @EJB
    MessageTraceService traces;

    private String queueId;
    private String sender;
    private String recipient;
    private String messageId;
    private final UtcDays days = new UtcDays();
    private transient List<MessageTrace> found;

    public String check() {
        return guard.actor().tier() == Actor.Tier.SYSTEM ? null : AdminLoginScreen.home(guard.actor());
    }

    /** Nothing until a search: an empty form would list the newest messages of everyone. */
    public List<MessageTrace> getFound() {
        return found == null ? List.of() : found;
    }

    public boolean isSearched() {
        return found != null;
    }

    public void search() {
        List<MessageTrace> result = actions.attempt(() -> {
            guard.system();
            return traces.find(queueId, sender, recipient, messageId, days.start(), days.end(),
                    RESULTS);
        }, null);
        found = result == null ? List.of() : result;
    }

    public UtcDays getDays() {
        return days;
    }

    public String getQueueId() {
        return queueId;
    }

    public void setQueueId(String queueId) {
        this.queueId = queueId;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }
}
