package org.flutemail.protocol.smtp.reply;

/**
 * The fixed replies of the receiver, in one place so that a code and its enhanced status code are
 * chosen once (RFC 5321 section 4.2, RFC 3463).
 */
public final class Replies {

    public static final Reply OK = Reply.of(250, "2.0.0", "Ok");
    public static final Reply SENDER_OK = Reply.of(250, "2.1.0", "Ok");
    public static final Reply RECIPIENT_OK = Reply.of(250, "2.1.5", "Ok");
    public static final Reply START_DATA = Reply.plain(354, "End data with <CR><LF>.<CR><LF>");
    public static final Reply HELP = Reply.of(214, "2.0.0",
            "Commands: EHLO HELO MAIL RCPT DATA RSET NOOP QUIT HELP VRFY; see RFC 5321");
    public static final Reply CANNOT_VRFY = Reply.of(252, "2.5.0",
            "Cannot VRFY user, but will accept message and attempt delivery");
    public static final Reply EXPN_DISABLED = Reply.of(502, "5.5.1", "EXPN not available");

    public static final Reply UNKNOWN_COMMAND = Reply.of(500, "5.5.2", "Error: command not recognized");
    public static final Reply BAD_SYNTAX = Reply.of(500, "5.5.2", "Error: bad syntax");
    public static final Reply LINE_TOO_LONG = Reply.of(500, "5.5.2", "Error: line too long");
    public static final Reply BAD_SEQUENCE = Reply.of(503, "5.5.1", "Error: bad sequence of commands");
    public static final Reply NEED_HELO = Reply.of(503, "5.5.1", "Error: send HELO/EHLO first");
    public static final Reply NESTED_MAIL = Reply.of(503, "5.5.1", "Error: nested MAIL command");
    public static final Reply NEED_MAIL = Reply.of(503, "5.5.1", "Error: need MAIL command");
    public static final Reply NEED_RCPT = Reply.of(503, "5.5.1", "Error: need RCPT command");
    public static final Reply NO_VALID_RECIPIENTS = Reply.of(554, "5.5.1", "Error: no valid recipients");
    public static final Reply TOO_MANY_RECIPIENTS = Reply.of(452, "4.5.3", "Error: too many recipients");
    public static final Reply MESSAGE_TOO_BIG = Reply.of(552, "5.3.4",
            "Error: message size exceeds fixed maximum message size");
    public static final Reply BARE_LINE_END = Reply.of(550, "5.6.0",
            "Error: message contains a bare CR or LF; lines must end with CRLF");
    public static final Reply NO_STORAGE = Reply.of(452, "4.3.1", "Error: insufficient system storage");
    public static final Reply TRY_LATER = Reply.of(451, "4.3.0", "Error: temporary failure, try again later");

    private Replies() {
    }

    public static Reply closing(String serverName) {
        return Reply.of(221, "2.0.0", serverName + " Bye");
    }

    public static Reply idleTimeout(String serverName) {
        return Reply.of(421, "4.4.2", serverName + " Error: timeout exceeded, closing connection");
    }

    public static Reply tooManyErrors(String serverName) {
        return Reply.of(421, "4.7.0", serverName + " Error: too many errors, closing connection");
    }

    public static Reply tooManyCommands(String serverName) {
        return Reply.of(421, "4.7.0", serverName + " Error: too many commands, closing connection");
    }

    public static Reply queued(String queueId) {
        return Reply.of(250, "2.0.0", "Ok: queued as " + queueId);
    }
}
