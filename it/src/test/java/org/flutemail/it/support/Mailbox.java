package org.flutemail.it.support;

/** One entry of {@code GET /accounts/{address}/mailboxes}. */
public record Mailbox(String name, long messages, long unseen, long size) {
}
