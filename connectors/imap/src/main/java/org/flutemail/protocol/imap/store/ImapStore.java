package org.flutemail.protocol.imap.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flutemail.protocol.imap.command.ImapCommand.StoreMode;
import org.flutemail.protocol.imap.command.SearchKey;

/**
 * The mail store as one IMAP session sees it. Mailbox names are the store's (decoded, {@code /} as the
 * hierarchy delimiter, {@code INBOX} in capitals); message numbers are always UIDs: sequence numbers
 * are the session's business, since they differ from session to session.
 *
 * <p>Failures the client should hear about throw {@link StoreException} with the response code to send.
 */
public interface ImapStore {

    /** The hierarchy delimiter of every mailbox name. */
    char DELIMITER = '/';

    /** Checks a login; says neither in its result nor its timing whether the account exists. */
    LoginResult login(String user, String password, String clientAddress);

    /** Every mailbox of the account, parents before children. */
    List<MailboxEntry> mailboxes(String identity);

    /**
     * The mailbox's current state for SELECT and EXAMINE. With {@code claimRecent} (SELECT) this session
     * takes the messages no session has seen yet as its {@code \Recent} ones (RFC 3501 section 2.3.2):
     * no other session will see them as recent.
     */
    MailboxSnapshot open(String identity, String mailbox, boolean claimRecent) throws StoreException;

    /**
     * What happened to the mailbox after mod-sequence {@code sinceModSeq}: messages added or whose flags
     * changed, and UIDs expunged. How sessions learn of each other's work.
     */
    MailboxChanges changes(String identity, long mailboxId, long sinceModSeq, boolean claimRecent)
            throws StoreException;

    /** The message's octets exactly as stored, or null when it has been expunged meanwhile. */
    byte[] content(String identity, long mailboxId, long uid) throws StoreException;

    /**
     * What FETCH answers for the messages without their octets, prepared once when each was stored (see
     * {@code FetchPreparation}), by UID; UIDs expunged meanwhile are missing. A message stored before
     * there was such a thing gets it now.
     */
    Map<Long, PreparedFetch> prepared(String identity, long mailboxId, List<Long> uids) throws StoreException;

    /**
     * Changes the flags of the messages that still exist; with {@code unchangedSince >= 0} (CONDSTORE)
     * messages modified after it are left alone and reported as failed.
     */
    FlagChanges storeFlags(String identity, long mailboxId, List<Long> uids, StoreMode mode, Set<String> flags,
            long unchangedSince) throws StoreException;

    /** Removes those of {@code uids} that carry {@code \Deleted}; returns the UIDs removed, ascending. */
    List<Long> expunge(String identity, long mailboxId, List<Long> uids) throws StoreException;

    /**
     * Appends the messages in one transaction: all of them or, on any failure, none (MULTIAPPEND,
     * RFC 3502). Returns their UIDs in order.
     */
    List<Appended> append(String identity, String mailbox, List<NewMessage> messages) throws StoreException;

    /** COPY, or MOVE when {@code move}: the copies get new UIDs in the target, in the order of {@code uids}. */
    Copied copy(String identity, long mailboxId, List<Long> uids, String target, boolean move) throws StoreException;

    void create(String identity, String mailbox, List<String> specialUse) throws StoreException;

    /** Refuses with {@code HASCHILDREN} while the mailbox has children. */
    void delete(String identity, String mailbox) throws StoreException;

    void rename(String identity, String from, String to) throws StoreException;

    void subscribe(String identity, String mailbox, boolean subscribed) throws StoreException;

    MailboxStatus status(String identity, String mailbox) throws StoreException;

    /**
     * The UIDs of the messages matching {@code key}, ascending. Sequence-number keys have already been
     * turned into UID sets by the session; {@code charset} is the one the client named (null for US-ASCII).
     */
    List<Long> search(String identity, long mailboxId, SearchKey key, String charset) throws StoreException;

    /** What SORT and THREAD need of each message (RFC 5256), in the order of {@code uids}. */
    List<SortFields> sortFields(String identity, long mailboxId, List<Long> uids) throws StoreException;

    /** The account's storage quota (RFC 9208: one root, named {@code ""}, for all mailboxes). */
    Quota quota(String identity);

    enum LoginOutcome {
        SUCCESS, FAILURE, THROTTLED,
        /** The password is right but preset: it must be changed before mail clients may log in. */
        PASSWORD_CHANGE_REQUIRED
    }

    /** @param identity the canonical account address on success */
    record LoginResult(LoginOutcome outcome, String identity) {
    }

    /**
     * A mailbox in LIST: {@code specialUse} is e.g. {@code \Sent}, or null. A subscription to a name
     * that has no mailbox (any more) is an entry with {@code exists} false (RFC 5258 \NonExistent).
     */
    record MailboxEntry(String name, String specialUse, boolean subscribed, boolean exists) {

        public MailboxEntry(String name, String specialUse, boolean subscribed) {
            this(name, specialUse, subscribed, true);
        }
    }

    /** One message as the session keeps it. Flags are system flags and keywords as the client writes them. */
    record MessageState(long uid, long modSeq, Set<String> flags, Instant internalDate, long size) {
        public MessageState {
            flags = Set.copyOf(flags);
        }
    }

    /**
     * Messages in ascending UID order; those with a UID from {@code firstRecentUid} on are recent in
     * this session.
     */
    record MailboxSnapshot(long mailboxId, long uidValidity, long uidNext, long highestModSeq,
            List<MessageState> messages, Set<String> keywords, long firstRecentUid) {
        public MailboxSnapshot {
            messages = List.copyOf(messages);
            keywords = Set.copyOf(keywords);
        }
    }

    /**
     * Changes after a mod-sequence; both lists ascending by UID. New messages with a UID from
     * {@code firstRecentUid} on were claimed as recent by this session ({@link Long#MAX_VALUE}: none).
     */
    record MailboxChanges(long highestModSeq, long uidNext, List<MessageState> changed, List<Long> expunged,
            long firstRecentUid) {
        public MailboxChanges {
            changed = List.copyOf(changed);
            expunged = List.copyOf(expunged);
        }
    }

    record FlagChanges(List<MessageState> updated, List<Long> failed) {
        public FlagChanges {
            updated = List.copyOf(updated);
            failed = List.copyOf(failed);
        }
    }

    /** A message a client appends; flags as the client wrote them. */
    record NewMessage(Set<String> flags, Instant internalDate, byte[] content) {
        public NewMessage {
            flags = Set.copyOf(flags);
        }
    }

    record Appended(long uidValidity, long uid) {
    }

    /** Source and target UIDs pair up by position (UIDPLUS COPYUID). */
    record Copied(long uidValidity, List<Long> sourceUids, List<Long> targetUids) {
        public Copied {
            sourceUids = List.copyOf(sourceUids);
            targetUids = List.copyOf(targetUids);
        }
    }

    /**
     * The header facts RFC 5256 sorts and threads by. Addresses are the first of their field:
     * {@code from} etc. the local part ("addr-mailbox"), {@code displayFrom}/{@code displayTo} the
     * decoded display name or, without one, the address (RFC 5957). {@code subject} is decoded;
     * {@code sentDate} is null when the Date field is missing or unreadable; message ids keep their
     * angle brackets.
     */
    record SortFields(long uid, Instant internalDate, Instant sentDate, long size, String from, String to, String cc,
            String displayFrom, String displayTo, String subject, String messageId, List<String> references,
            String inReplyTo) {
        public SortFields {
            references = List.copyOf(references);
        }
    }

    /**
     * A message's header octets (up to the empty line, included) and its ENVELOPE, BODY and BODYSTRUCTURE
     * exactly as a FETCH response to a client without UTF8=ACCEPT writes them. A value is null when it was
     * too large to keep: FETCH then reads the message.
     */
    record PreparedFetch(byte[] header, byte[] envelope, byte[] body, byte[] bodyStructure) {
    }

    /** Octets used and allowed; {@code limit} is -1 without a quota. */
    record Quota(long used, long limit) {
    }

    record MailboxStatus(long messages, long recent, long uidNext, long uidValidity, long unseen, long deleted,
            long size, long highestModSeq) {
    }
}
