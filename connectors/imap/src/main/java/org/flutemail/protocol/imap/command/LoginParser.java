package org.flutemail.protocol.imap.command;

/** {@code LOGIN userid password}, both astrings. */
final class LoginParser implements CommandParser {

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        String user = arguments.astring("user name");
        String password = arguments.astring("password");
        arguments.end();
        return new ImapCommand.Login(user, password);
    }
}
