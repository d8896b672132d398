package org.flutemail.it.support;

/** One entry of {@code GET /accounts/{address}/mailboxes/{name}/messages}. */
public record MessageSummary(long uid, String messageId, String from, String subject, long size,
                             String internalDate) {
}
