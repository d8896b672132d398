package org.flutemail.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The rows a local delivery writes, written as plain statements in the caller's transaction rather
 * than as entities: delivery is the hottest write path of the server, and a message row made this way
 * costs no persistence-context bookkeeping (no entity to register, snapshot and dirty-check at the
 * commit). What these rows mean is defined by {@link StoredMessage} and {@link MessageStructure}.
 */
public interface DeliveryRows {

    /** A message as delivery stores it: new to its mailbox, with the flags the pipeline chose. */
    record NewMessage(String blobKey, long size, MessageSummary summary, Instant internalDate, String deliveryKey,
            FlagColumns flags) {
    }

    /**
     * Takes the mailbox's next UID and mod-sequence and writes the message with them; the mailbox row
     * stays locked until the transaction ends, so UIDs are unique and ascending. Returns the new
     * message's id, or empty when the account has no mailbox of that name (nothing written then).
     */
    Optional<Long> append(long accountId, String mailboxName, NewMessage message);

    /** Writes the IMAP structures of a message appended in this transaction. */
    void addStructure(MessageStructure structure);
}
