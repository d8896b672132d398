package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface MailboxRepository {

    List<Mailbox> ofAccount(Account account);

    Optional<Mailbox> byName(Account account, String name);

    /**
     * The account's folder with this RFC 6154 role ({@code \Junk}, {@code \Trash}, {@code \Sent},
     * {@code \Drafts}), whatever it is called: a user or a migration may have renamed it.
     */
    default Optional<Mailbox> bySpecialUse(Account account, String specialUse) {
        return ofAccount(account).stream().filter(m -> specialUse.equals(m.specialUse())).findFirst();
    }

    /**
     * The mailbox with its row write-locked until the transaction ends: the only way to hand out UIDs,
     * so that concurrent deliveries get strictly ascending ones.
     */
    Optional<Mailbox> lockByName(Account account, String name);

    void add(Mailbox mailbox);

    /** Message count, unseen count and total octets of each mailbox of the account, by mailbox id. */
    List<MailboxStatistics> statistics(Account account);

    /** The octets all the account's messages take, from the totals its mailboxes keep. */
    long usedOctets(long accountId);

    /** The account's mailbox with this id; empty when it is gone or another account's. */
    Optional<Mailbox> byId(Account account, long id);

    /** Like {@link #byId}, with the row write-locked until the transaction ends (see {@link #lockByName}). */
    Optional<Mailbox> lockById(Account account, long id);

    /**
     * Takes the mailbox's new mail (UIDs from {@code firstRecentUid} below {@code nextUid}) as recent for
     * the caller, unless another session took it since {@code firstRecentUid} was read; true when taken.
     * Does not pass through the entity, so it is no change anyone needs to hear of.
     */
    boolean claimRecent(long mailboxId, long firstRecentUid, long nextUid);

    /** Names the account subscribes to that have no mailbox (see {@code lost_subscription}). */
    List<String> lostSubscriptions(Account account);

    /** Remembers a subscription to a name without a mailbox; no error if it is remembered already. */
    void keepLostSubscription(Account account, String name);

    /** Forgets a subscription to a name without a mailbox; returns whether there was one. */
    boolean dropLostSubscription(Account account, String name);

    /** Deletes the mailbox and, by the schema's cascade, its messages. */
    void remove(Mailbox mailbox);
}
