package org.flutemail.domain;

/** Counts over one mailbox's messages, computed by the database. */
public record MailboxStatistics(long mailboxId, String name, long messages, long unseen, long size) {
}
