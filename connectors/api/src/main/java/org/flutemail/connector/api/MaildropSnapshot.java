package org.flutemail.connector.api;

import java.util.List;
import java.util.Objects;

/**
 * The INBOX as a POP3 session sees it from login to QUIT (RFC 1939 numbers messages 1..n for the
 * whole session, so the list is fixed at login; mail that arrives later waits for the next session).
 *
 * @param messages in UID order; message number {@code i} is {@code messages.get(i - 1)}
 * @param lock     the token of this session's maildrop lock, to renew and release it
 */
public record MaildropSnapshot(List<Message> messages, String lock) {

    /**
     * @param id   the stable id to hand back in {@code retrieve} and {@code delete} (the IMAP UID)
     * @param size the exact size in octets, as RETR sends it before byte-stuffing
     * @param uidl the unique-id listing string (RFC 1939 section 7): UIDVALIDITY and UID, never reused
     */
    public record Message(long id, long size, String uidl) {
        public Message {
            Objects.requireNonNull(uidl, "uidl");
        }
    }

    public MaildropSnapshot {
        messages = List.copyOf(messages);
        Objects.requireNonNull(lock, "lock");
    }

    public static String uidl(long uidValidity, long uid) {
        return uidValidity + "." + uid;
    }
}
