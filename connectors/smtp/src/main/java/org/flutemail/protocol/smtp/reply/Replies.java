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
            "Commands: EHLO HELO STARTTLS AUTH MAIL RCPT DATA BDAT RSET NOOP QUIT HELP VRFY; see RFC 5321");
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
    public static final Reply TOO_MANY_HOPS = Reply.of(554, "5.4.6", "Too many hops (mail loop?)");
    public static final Reply NEED_SMTPUTF8 = Reply.of(553, "5.6.7",
            "Error: non-ASCII address requires the SMTPUTF8 parameter");
    public static final Reply BINARY_NEEDS_BDAT = Reply.of(503, "5.5.1", "Error: BODY=BINARYMIME requires BDAT");
    public static final Reply DATA_AFTER_BDAT = Reply.of(503, "5.5.1", "Error: DATA not allowed after BDAT");

    // RFC 3207 STARTTLS
    public static final Reply READY_FOR_TLS = Reply.of(220, "2.0.0", "Ready to start TLS");
    public static final Reply TLS_ACTIVE = Reply.of(503, "5.5.1", "Error: TLS already active");
    public static final Reply TLS_UNAVAILABLE = Reply.of(454, "4.7.0", "TLS not available due to temporary reason");

    // RFC 4954 AUTH
    public static final Reply AUTH_SUCCEEDED = Reply.of(235, "2.7.0", "Authentication successful");
    public static final Reply AUTH_FAILED = Reply.of(535, "5.7.8", "Error: authentication credentials invalid");
    public static final Reply AUTH_PASSWORD_CHANGE = Reply.of(535, "5.7.12",
            "Password change required: set a new password before using mail clients");
    public static final Reply AUTH_TRY_LATER = Reply.of(454, "4.7.0", "Temporary authentication failure");
    public static final Reply AUTH_CANCELLED = Reply.of(501, "5.0.0", "Authentication cancelled");
    public static final Reply AUTH_BAD_BASE64 = Reply.of(501, "5.5.2", "Error: cannot decode response");
    public static final Reply AUTH_TWICE = Reply.of(503, "5.5.1", "Error: already authenticated");
    public static final Reply AUTH_IN_TRANSACTION = Reply.of(503, "5.5.1",
            "Error: AUTH not allowed during a mail transaction");
    public static final Reply NEED_EHLO = Reply.of(503, "5.5.1", "Error: send EHLO first");
    public static final Reply AUTH_UNKNOWN_MECHANISM = Reply.of(504, "5.5.4",
            "Error: unsupported authentication mechanism");
    public static final Reply AUTH_NEEDS_TLS = Reply.of(538, "5.7.11",
            "Encryption required for requested authentication mechanism");
    public static final Reply AUTH_REQUIRED = Reply.of(530, "5.7.0", "Authentication required");

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

    public static Reply chunkReceived(long size) {
        return Reply.of(250, "2.0.0", size + " octets received");
    }

    /** RFC 3463 4.7.1: a temporary policy refusal; the sender may try again once its hourly count has gone down. */
    public static Reply rateLimited(String why) {
        return Reply.of(450, "4.7.1", "Error: " + why);
    }

    public static Reply queued(String queueId) {
        return Reply.of(250, "2.0.0", "Ok: queued as " + queueId);
    }
}
