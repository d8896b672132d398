package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.flutemail.application.MaildropService;
import org.flutemail.application.Views.MessageContentRef;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.MaildropLock;
import org.flutemail.domain.MaildropLockRepository;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.NotFoundException;

/**
 * POP3's view of the INBOX. Changes take the mailbox row lock first, as delivery does, so they are
 * ordered with deliveries and with IMAP, and each one that changes something advances the mailbox's
 * highest mod-sequence, which is how an IMAP client (CONDSTORE) learns that something changed.
 *
 * <p>The maildrop lock is taken under the same row lock, so two logins of one account on any number of
 * servers are ordered by the database and only one of them wins.
 *
 * <p>The blobs of removed messages stay: content is shared between mailboxes by its hash, and only a
 * sweep that sees every reference may delete it.
 */
@Stateless
public class DefaultMaildropService implements MaildropService {

    private static final Logger LOG = Logger.getLogger(DefaultMaildropService.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    MessageRepository messages;

    @Inject
    MaildropLockRepository locks;

    @Inject
    ServerIncarnation server;

    @Inject
    Clock clock;

    @Override
    public Optional<Maildrop> open(String identity, Duration lease) {
        Mailbox inbox = inbox(identity, true);
        Instant now = clock.instant();
        MaildropLock.Holder holder = server.newHolder();
        Optional<MaildropLock> existing = locks.of(inbox.account());
        if (existing.isEmpty()) {
            locks.add(new MaildropLock(inbox.account(), holder, now, lease));
        } else if (existing.get().isAbandoned(holder, now)) {
            LOG.info(() -> "POP3 maildrop lock of " + identity + " taken over from a session that is gone ("
                    + existing.get().describe() + ")");
            existing.get().takeOver(holder, now, lease);
        } else {
            return Optional.empty();
        }
        return Optional.of(new Maildrop(inbox.uidValidity(),
                messages.inMailbox(inbox).stream().map(m -> new Entry(m.uid(), m.size())).toList(), holder.token()));
    }

    @Override
    public boolean renewLock(String lock, Duration lease) {
        return locks.renew(lock, clock.instant().plus(lease));
    }

    @Override
    public void releaseLock(String lock) {
        locks.release(lock);
    }

    @Override
    public Optional<MessageContentRef> content(String identity, long uid) {
        return messages.byUid(inbox(identity, false), uid).map(m -> new MessageContentRef(m.blobKey(), m.size()));
    }

    @Override
    public int delete(String identity, List<Long> uids) {
        if (uids.isEmpty()) {
            return 0;
        }
        Mailbox inbox = inbox(identity, true);
        return messages.removeByUid(inbox, uids, inbox.nextModseq()).size();
    }

    @Override
    public int markSeen(String identity, List<Long> uids) {
        if (uids.isEmpty()) {
            return 0;
        }
        Mailbox inbox = inbox(identity, true);
        return messages.markSeen(inbox, uids, inbox.nextModseq());
    }

    private Mailbox inbox(String identity, boolean lock) {
        Account account = accounts.byAddress(identity)
                .orElseThrow(() -> new NotFoundException("no account " + identity));
        Optional<Mailbox> inbox = lock ? mailboxes.lockByName(account, Mailbox.INBOX)
                : mailboxes.byName(account, Mailbox.INBOX);
        return inbox.orElseThrow(() -> new NotFoundException("account " + identity + " has no INBOX"));
    }
}
