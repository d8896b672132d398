package org.flutemail.protocol.smtp.session;

import java.util.List;

import org.flutemail.protocol.smtp.reply.Reply;

/**
 * What the session wants done after one input: replies to send, in order, and what the connection
 * must do next. Keeping this a value is what lets the session be tested without a socket.
 */
public record Step(List<Reply> replies, Action action, long chunkSize) {

    public enum Action {
        /** Keep reading commands. */
        CONTINUE,
        /** The replies included {@code 354}: read what follows as message content. */
        START_DATA,
        /**
         * The replies included {@code 220} to STARTTLS: send them, drop anything else the client sent,
         * and run the TLS handshake before reading again.
         */
        START_TLS,
        /** A BDAT command was read: the next {@code chunkSize} octets are content, its reply comes after. */
        READ_CHUNK,
        /** Send the replies, then close the connection and ignore further input. */
        CLOSE
    }

    public Step {
        replies = List.copyOf(replies);
    }

    public Step(List<Reply> replies, Action action) {
        this(replies, action, 0);
    }

    static Step reply(Reply reply) {
        return new Step(List.of(reply), Action.CONTINUE);
    }

    static Step close(Reply... replies) {
        return new Step(List.of(replies), Action.CLOSE);
    }

    static Step readChunk(long size) {
        return new Step(List.of(), Action.READ_CHUNK, size);
    }

    static Step none() {
        return new Step(List.of(), Action.CONTINUE);
    }
}
