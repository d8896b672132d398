package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.flutemail.application.MessageTraceService;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.MessageTraces;
import org.flutemail.domain.SpooledMessage;
import org.flutemail.domain.StoredMessage;
import org.flutemail.domain.TraceStepRepository;

/** In a transaction of its own: a trace reads the mailbox and account of each delivery lazily. */
@Stateless
public class DefaultMessageTraceService implements MessageTraceService {

    static final int MAX_RESULTS = 100;

    @Inject
    MessageTraces traces;

    @Inject
    TraceStepRepository steps;

    @Override
    public List<MessageTrace> find(String queueId, String sender, String recipient, String messageId, Instant from,
            Instant to, int limit) {
        MessageTraces.Criteria criteria = new MessageTraces.Criteria(blankToNull(queueId), blankToNull(sender),
                blankToNull(recipient), blankToNull(messageId), from, to);
        int bounded = Math.max(1, Math.min(limit, MAX_RESULTS));
        return traces.received(criteria, bounded).stream().map(this::trace).toList();
    }

    private MessageTrace trace(SpooledMessage s) {
        Envelope e = s.envelope();
        List<LocalDelivery> delivered = traces.deliveredFrom(s.queueId()).stream()
                .map(DefaultMessageTraceService::delivery).toList();
        return new MessageTrace(s.queueId(), e.receivedAt(), e.clientAddress(), e.clientName(), e.protocol(),
                e.authUser(), e.reversePath(), e.recipients(), s.size(), s.state().name(), s.lastError(),
                steps.of(s.queueId()).stream().map(t -> new Step(t.occurredAt(), t.recipient(), t.step(), t.detail()))
                        .toList(),
                delivered,
                traces.relayedFrom(s.queueId()).stream().map(DefaultRemoteDeliveryService::view).toList());
    }

    private static LocalDelivery delivery(StoredMessage m) {
        return new LocalDelivery(m.mailbox().account().address(), m.mailbox().name(), m.internalDate(),
                m.messageId());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
