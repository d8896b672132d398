package org.flutemail.protocol.smtp.session;

import java.util.List;

import org.flutemail.protocol.smtp.reply.Reply;

/**
 * What the session wants done after one input: replies to send, in order, and what the connection
 * must do next. Keeping this a value is what lets the session be tested without a socket.
 */
public record Step(List<Reply> replies, Action action) {

    public enum Action {
        /** Keep reading commands. */
        CONTINUE,
        /** The replies included {@code 354}: read what follows as message content. */
        START_DATA,
        /** Send the replies, then close the connection and ignore further input. */
        CLOSE
    }

    public Step {
        replies = List.copyOf(replies);
    }

    static Step reply(Reply reply) {
        return new Step(List.of(reply), Action.CONTINUE);
    }

    static Step close(Reply... replies) {
        return new Step(List.of(replies), Action.CLOSE);
    }

    static Step none() {
        return new Step(List.of(), Action.CONTINUE);
    }
}
