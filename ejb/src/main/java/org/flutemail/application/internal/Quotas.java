package org.flutemail.application.internal;

import java.util.Optional;

import org.flutemail.domain.Account;
import org.flutemail.domain.MailboxRepository;

/** Whether more octets fit in an account's quota: one rule for delivery, RCPT, IMAP APPEND and COPY. */
final class Quotas {

    private Quotas() {
    }

    /** An account's quota and what its mailboxes hold now. */
    record Room(String address, long used, long quota) {

        /** Octets that still fit; negative when the account is over its quota. */
        long free() {
            return quota - used;
        }

        /** Why {@code incoming} more octets do not fit, or empty when they do. */
        Optional<String> refuses(long incoming) {
            return used + incoming > quota
                    ? Optional.of("mailbox " + address + " is full (" + used + " of " + quota + " octets used)")
                    : Optional.empty();
        }
    }

    /** Octets the account's messages take, in all its mailboxes. */
    static long used(MailboxRepository mailboxes, Account account) {
        return mailboxes.usedOctets(account.id());
    }

    /** The account's room, read from its mailboxes' kept totals; empty when it has no quota (no query then). */
    static Optional<Room> room(MailboxRepository mailboxes, AccountFacts account) {
        Long quota = account.quotaBytes();
        return quota == null ? Optional.empty()
                : Optional.of(new Room(account.address(), mailboxes.usedOctets(account.id()), quota));
    }

    /** Why {@code incoming} more octets do not fit, or empty when they do (or there is no quota). */
    static Optional<String> exceeded(MailboxRepository mailboxes, AccountFacts account, long incoming) {
        return room(mailboxes, account).flatMap(r -> r.refuses(incoming));
    }
}
