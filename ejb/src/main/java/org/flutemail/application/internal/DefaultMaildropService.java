package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.flutemail.application.MaildropService;
import org.flutemail.application.Views.MessageContentRef;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.NotFoundException;

/**
 * POP3's view of the INBOX. Changes take the mailbox row lock first, as delivery does, so they are
 * ordered with deliveries and with IMAP, and each one that changes something advances the mailbox's
 * highest mod-sequence, which is how an IMAP client (CONDSTORE) learns that something changed.
 *
 * <p>The blobs of removed messages stay: content is shared between mailboxes by its hash, and only a
 * sweep that sees every reference may delete it.
 */
@Stateless
public class DefaultMaildropService implements MaildropService {

    @Inject
    AccountRepository accounts;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    MessageRepository messages;

    @Override
    public Maildrop open(String identity) {
        Mailbox inbox = inbox(identity, false);
        return new Maildrop(inbox.uidValidity(),
                messages.inMailbox(inbox).stream().map(m -> new Entry(m.uid(), m.size())).toList());
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
