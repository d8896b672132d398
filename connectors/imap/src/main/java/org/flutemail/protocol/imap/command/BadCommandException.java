package org.flutemail.protocol.imap.command;

/**
 * A command that does not parse. The message is the response text ({@code BAD Invalid sequence set});
 * a few refusals are {@code NO} with a response code instead, such as an unsupported search charset,
 * which RFC 9051 answers with {@code NO [BADCHARSET]}.
 */
public final class BadCommandException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean refusal;
    private final String responseCode;

    public BadCommandException(String message) {
        this(message, false, null);
    }

    private BadCommandException(String message, boolean refusal, String responseCode) {
        super(message, null, false, false);
        this.refusal = refusal;
        this.responseCode = responseCode;
    }

    /** A well-formed command the server will not run, answered {@code NO [code] message}. */
    public static BadCommandException refusal(String responseCode, String message) {
        return new BadCommandException(message, true, responseCode);
    }

    /** True for {@code NO}, false for {@code BAD}. */
    public boolean refusal() {
        return refusal;
    }

    /** The response code, or null. */
    public String responseCode() {
        return responseCode;
    }
}
