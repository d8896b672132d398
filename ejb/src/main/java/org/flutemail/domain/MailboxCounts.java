package org.flutemail.domain;

/**
 * What IMAP STATUS tells of one mailbox, counted by the database: messages, those not seen, those
 * marked deleted, those with a UID from a given one on (the recent ones), and their total size.
 */
public record MailboxCounts(long messages, long unseen, long deleted, long fromUid, long size) {
}
