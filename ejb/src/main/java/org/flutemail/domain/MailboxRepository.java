package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface MailboxRepository {

    List<Mailbox> ofAccount(Account account);

    Optional<Mailbox> byName(Account account, String name);

    /**
     * The mailbox with its row write-locked until the transaction ends: the only way to hand out UIDs,
     * so that concurrent deliveries get strictly ascending ones.
     */
    Optional<Mailbox> lockByName(Account account, String name);

    void add(Mailbox mailbox);

    /** Message count, unseen count and total octets of each mailbox of the account, by mailbox id. */
    List<MailboxStatistics> statistics(Account account);

    /** The account's mailbox with this id; empty when it is gone or another account's. */
    Optional<Mailbox> byId(Account account, long id);

    /** Like {@link #byId}, with the row write-locked until the transaction ends (see {@link #lockByName}). */
    Optional<Mailbox> lockById(Account account, long id);

    /** Deletes the mailbox and, by the schema's cascade, its messages. */
    void remove(Mailbox mailbox);
}
