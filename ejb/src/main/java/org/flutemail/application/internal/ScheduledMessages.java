package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flutemail.application.ComposeViews.ScheduledView;
import org.flutemail.application.SpoolService;
import org.flutemail.domain.Account;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.ScheduledMessage;
import org.flutemail.domain.ScheduledMessageRepository;

/**
 * The transactions around scheduled messages, each committed on return: the scheduler claims a
 * message before it submits it, so that it goes once, and the spool row and the SENT mark commit
 * together, so that a claim released at start never sends a message that already went.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduledMessages {

    /** What the scheduler needs to submit one. */
    public record Due(String account, String blobKey, String clientAddress) {
    }

    @Inject
    ScheduledMessageRepository repository;

    @Inject
    Lookups lookups;

    @Inject
    SpoolService spool;

    public long add(String account, Instant sendAt, Instant now, String subject, String recipients, String blobKey,
            String clientAddress) {
        ScheduledMessage message = new ScheduledMessage(lookups.account(account), sendAt, now, subject, recipients,
                blobKey, clientAddress);
        repository.add(message);
        return message.id();
    }

    public List<ScheduledView> pending(String account) {
        return repository.pendingOf(lookups.account(account)).stream().map(s -> new ScheduledView(s.id(), s.subject(),
                s.recipients(), s.sendAt(), s.state().name(), s.failure())).toList();
    }

    /** Cancels a waiting message; its content's blob key, or empty when it no longer waits. */
    public Optional<String> cancel(String account, long id) {
        Account owner = lookups.account(account);
        return repository.byId(owner, id).filter(ScheduledMessage::cancel).map(ScheduledMessage::blobKey);
    }

    public List<Long> due(Instant now, int max) {
        return repository.due(now, max);
    }

    /** Takes a due message for sending; empty when another run took it or it was cancelled. */
    public Optional<Due> claim(long id) {
        if (!repository.claim(id)) {
            return Optional.empty();
        }
        return repository.byId(id).map(s -> new Due(s.account().address(), s.blobKey(), s.clientAddress()));
    }

    /** Spools a claimed message and marks it SENT in one transaction; its queue id. */
    public String submit(long id, Envelope envelope, byte[] content) throws IOException {
        String queueId = spool.accept(envelope, new ByteArrayInputStream(content));
        repository.byId(id).ifPresent(s -> s.sent(queueId));
        return queueId;
    }

    public void failed(long id, String reason) {
        repository.byId(id).ifPresent(s -> s.failed(reason));
    }

    public int releaseAll() {
        return repository.releaseAll();
    }
}
