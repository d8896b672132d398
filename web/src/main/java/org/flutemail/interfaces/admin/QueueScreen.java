package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.LongConsumer;
import org.flutemail.application.Actor;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.RemoteDeliveryService;
import org.flutemail.application.RemoteDeliveryService.QueuedDelivery;

/**
 * The outbound queue: what waits for other servers, how often it was tried, the last answer. A system
 * administrator sees all of it and has the levers of {@code /api/v1/queue} (retry now, bounce, delete);
 * a domain administrator sees, read-only, what the senders of their domains sent (as
 * {@code /api/v1/domains/{d}/queue}).
 */
@Named
@ViewScoped
public class QueueScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerGuard guard;

    @Inject
    ScreenActions actions;

    @EJB
    RemoteDeliveryService remote;

    private transient List<QueuedDelivery> queued;

    public String check() {
        Actor.Tier tier = guard.actor().tier();
        return tier == Actor.Tier.SYSTEM || tier == Actor.Tier.DOMAIN ? null : AdminLoginScreen.home(guard.actor());
    }

    public List<QueuedDelivery> getQueued() {
        if (queued == null) {
            List<QueuedDelivery> listed = actions.attempt(
                    () -> guard.listed(null, domain -> domain == null ? remote.queued() : remote.queuedFrom(domain)),
                    null);
            queued = listed == null ? List.of() : listed;
        }
        return queued;
    }

    public void retry(long id, String queueId) {
        act(remote::retryNow, id, "queue.retried", queueId);
    }

    public void bounce(long id, String queueId) {
        act(remote::bounce, id, "queue.bounced", queueId);
    }

    public void delete(long id, String queueId) {
        act(remote::delete, id, "queue.deleted", queueId);
    }

    private void act(LongConsumer lever, long id, String doneKey, String queueId) {
        actions.run(() -> {
            guard.system();
            lever.accept(id);
        }, doneKey, queueId);
        queued = null;
    }
}
