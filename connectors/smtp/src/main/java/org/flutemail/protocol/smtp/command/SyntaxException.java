package org.flutemail.protocol.smtp.command;

import org.flutemail.protocol.smtp.reply.Reply;

/** A command line that does not parse; carries the reply RFC 5321 prescribes for it. */
public final class SyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Reply reply;

    public SyntaxException(Reply reply) {
        super(reply.toString(), null, false, false);
        this.reply = reply;
    }

    public Reply reply() {
        return reply;
    }
}
