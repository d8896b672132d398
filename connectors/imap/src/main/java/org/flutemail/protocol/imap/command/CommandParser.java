package org.flutemail.protocol.imap.command;

/** Parses the arguments of one command (after its name, and after UID where that applies). */
@FunctionalInterface
public interface CommandParser {

    ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException;
}
