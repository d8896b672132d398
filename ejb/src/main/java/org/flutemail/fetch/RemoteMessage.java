package org.flutemail.fetch;

/**
 * A message in an outside mailbox.
 *
 * @param id   stable for as long as the server keeps the message: the POP3 UIDL, or IMAP
 *             {@code UIDVALIDITY:UID}
 * @param size in octets as the server reports it, for progress and sanity checks only
 */
public record RemoteMessage(String id, long size) {
}
