package org.flutemail.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.AuditLog;
import org.flutemail.application.OutboundQueue;
import org.flutemail.application.RemoteDeliveryService;
import org.flutemail.application.RemoteTransport;
import org.flutemail.domain.NotFoundException;
import org.flutemail.domain.OutboundDelivery;
import org.flutemail.domain.OutboundRepository;

@Stateless
public class DefaultRemoteDeliveryService implements RemoteDeliveryService {

    private static final int LIST_LIMIT = 1000;
    private static final Logger LOG = Logger.getLogger(DefaultRemoteDeliveryService.class.getName());

    @EJB
    OutboundAttempts attempts;

    @Inject
    RemoteTransport transport;

    @Inject
    OutboundRepository outbound;

    @Inject
    OutboundQueue queue;

    @Inject
    Clock clock;

    @jakarta.inject.Inject
    AuditLog audit;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void attempt(long deliveryId, int attempt) {
        Optional<RemoteTransport.Job> job = attempts.begin(deliveryId, attempt);
        if (job.isEmpty()) {
            return;
        }
        attempts.finish(deliveryId, attempt, deliver(job.get()));
    }

    /**
     * Results for every recipient, even when the transport fails in a way it should not: such a
     * failure counts as a temporary one, so the delivery follows its retry schedule and finally
     * bounces, instead of being retried by the broker with its claim still held.
     */
    private List<RemoteTransport.Result> deliver(RemoteTransport.Job job) {
        try {
            return transport.deliver(job);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbound delivery " + job.deliveryId() + " failed unexpectedly", e);
            String reason = "local error while delivering: " + e;
            return job.recipients().stream().map(r -> new RemoteTransport.Result(r.address(),
                    RemoteTransport.Outcome.TEMPORARY, reason, "")).toList();
        }
    }

    @Override
    public int requeueOverdue(int minutes, boolean onStart) {
        java.time.Instant now = clock.instant();
        List<OutboundDelivery> overdue = outbound.overdue(now.minus(Duration.ofMinutes(minutes)), LIST_LIMIT);
        for (OutboundDelivery d : overdue) {
            if (onStart) {
                d.releaseClaim();
            }
            queue.enqueue(d.id(), d.attempts(), Duration.ZERO);
        }
        return overdue.size();
    }

    @Override
    public List<QueuedDelivery> queued() {
        return outbound.queued(LIST_LIMIT).stream().map(DefaultRemoteDeliveryService::view).toList();
    }

    @Override
    public List<QueuedDelivery> queuedFrom(String domain) {
        String suffix = "@" + org.flutemail.domain.DomainName.normalize(domain);
        return queued().stream()
                .filter(q -> q.sender().toLowerCase(java.util.Locale.ROOT).endsWith(suffix)).toList();
    }

    @Override
    public QueuedDelivery get(long deliveryId) {
        return view(find(deliveryId));
    }

    @Override
    public QueuedDelivery retryNow(long deliveryId) {
        OutboundDelivery d = find(deliveryId);
        if (d.state() == OutboundDelivery.State.QUEUED) {
            d.retryAt(clock.instant());
            // The entry already scheduled for this attempt arrives later and is then stale.
            queue.enqueue(d.id(), d.attempts(), Duration.ZERO);
        }
        return recorded("queue.retry", d);
    }

    @Override
    public QueuedDelivery bounce(long deliveryId) {
        OutboundDelivery d = find(deliveryId);
        if (d.state() == OutboundDelivery.State.QUEUED) {
            attempts.giveUp(d, "delivery cancelled by the postmaster");
        }
        return recorded("queue.bounce", d);
    }

    @Override
    public void delete(long deliveryId) {
        OutboundDelivery d = find(deliveryId);
        recorded("queue.delete", d);
        outbound.remove(d);
    }

    private QueuedDelivery recorded(String action, OutboundDelivery d) {
        QueuedDelivery v = view(d);
        audit.record(action, Long.toString(v.id()), null, "queue id: " + v.queueId() + "; state: " + v.state()
                + "; to domain: " + v.domain());
        return v;
    }

    private OutboundDelivery find(long id) {
        return outbound.lock(id).orElseThrow(() -> new NotFoundException("no outbound delivery " + id));
    }

    static QueuedDelivery view(OutboundDelivery d) {
        return new QueuedDelivery(d.id(), d.queueId(), d.domain(), d.reversePath(), d.state().name(), d.attempts(),
                d.createdAt(), d.nextAttemptAt(), d.expiresAt(), d.lastError(), d.lastHost(), d.size(),
                d.recipients().stream().map(r -> new QueuedRecipient(r.address(), r.state().name(), r.lastReply()))
                        .toList());
    }
}
