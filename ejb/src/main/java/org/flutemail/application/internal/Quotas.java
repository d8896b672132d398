package org.flutemail.application.internal;

import java.util.Optional;

import org.flutemail.domain.Account;
import org.flutemail.domain.MailboxRepository;

/** Whether more octets fit in an account's quota: one rule for delivery, IMAP APPEND and COPY. */
final class Quotas {

    private Quotas() {
    }

    /** Octets the account's messages take, in all its mailboxes. */
    static long used(MailboxRepository mailboxes, Account account) {
        return mailboxes.usedOctets(account.id());
    }

    /** Why {@code incoming} more octets do not fit, or empty when they do (or there is no quota). */
    static Optional<String> exceeded(MailboxRepository mailboxes, AccountFacts account, long incoming) {
        Long quota = account.quotaBytes();
        if (quota == null) {
            return Optional.empty();
        }
        long used = mailboxes.usedOctets(account.id());
        return used + incoming > quota ? Optional.of("mailbox " + account.address() + " is full (" + used + " of "
                + quota + " octets used)") : Optional.empty();
    }
}
