package org.flutemail.protocol.imap.command;

import org.flutemail.protocol.imap.command.ImapCommand.Kind;

/** For CAPABILITY, NOOP, LOGOUT and the other commands that take no arguments. */
final class NoArgumentParser {

    private NoArgumentParser() {
    }

    static CommandParser of(Kind kind) {
        ImapCommand command = new ImapCommand.Simple(kind);
        return (arguments, uid) -> {
            if (arguments.hasMore()) {
                throw new BadCommandException(kind + " takes no arguments");
            }
            return command;
        };
    }
}
