package org.flutemail.protocol.imap.codec;

/**
 * A command the decoder refused, with what the session should answer. The decoder has already
 * resynchronised when this is reported: the rest of the command, literal octets included, was skipped.
 *
 * @param tag  the command's tag, or null when none could be read (answer untagged)
 * @param kind what went wrong
 * @param text the human-readable reason for the response text
 */
public record DecodeError(String tag, Kind kind, String text) {

    public enum Kind {
        /** The bytes do not follow the grammar. */
        SYNTAX,
        TAG_TOO_LONG,
        ATOM_TOO_LONG,
        QUOTED_TOO_LONG,
        LINE_TOO_LONG,
        TOO_MANY_ARGUMENTS,
        TOO_DEEPLY_NESTED,
        /** The whole command, literals included, would exceed its limit. */
        COMMAND_TOO_LONG,
        /** A literal larger than the current limit (the APPENDLIMIT after authentication). */
        LITERAL_TOO_BIG,
        /** A non-synchronising literal over 4096 octets while only LITERAL- is offered (RFC 7888). */
        NON_SYNC_LITERAL_TOO_BIG,
        /**
         * A non-synchronising literal too large even to skip: the stream cannot be resynchronised, so the
         * session must answer BYE and close. The decoder has stopped.
         */
        UNRECOVERABLE
    }

    /** True when the session should answer {@code NO [TOOBIG]} (RFC 7889) rather than {@code BAD}. */
    public boolean refusal() {
        return kind == Kind.LITERAL_TOO_BIG;
    }

    /** The response code to send, {@code TOOBIG} for size violations (RFC 4469, 7888, 7889), else null. */
    public String responseCode() {
        return switch (kind) {
            case LITERAL_TOO_BIG, NON_SYNC_LITERAL_TOO_BIG, COMMAND_TOO_LONG -> "TOOBIG";
            default -> null;
        };
    }

    public boolean closesConnection() {
        return kind == Kind.UNRECOVERABLE;
    }
}
