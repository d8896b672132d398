package org.flutemail.protocol.imap.codec;

/**
 * Hard limits on everything a client can make the decoder hold. Every token is bounded so that a
 * connection's memory is known before it authenticates, and literal sizes are bounded separately
 * before and after authentication: an anonymous client has no business sending a large literal
 * (LOGIN and AUTHENTICATE need a few hundred octets), while APPEND after login needs the full size.
 *
 * @param maxTagLength            longest tag, in octets
 * @param maxAtomLength           longest atom (sequence sets, FETCH sections and flags are atoms)
 * @param maxQuotedLength         longest quoted string, after unescaping
 * @param maxLineLength           longest line, in octets without CRLF; literal octets do not count
 * @param maxLiteralBeforeAuth    largest literal before authentication
 * @param maxLiteralAfterAuth     largest literal after authentication (the APPENDLIMIT, RFC 7889)
 * @param maxCommandBeforeAuth    largest whole command before authentication, literals included
 * @param maxCommandAfterAuth     largest whole command after authentication, literals included
 * @param maxArguments            most arguments in one command, counting those nested in lists
 * @param maxNestingDepth         deepest nesting of parenthesised lists
 * @param literalPlus             true for LITERAL+ (RFC 7888): non-synchronising literals up to the
 *                                literal limit; false for LITERAL-: at most {@value #LITERAL_MINUS_LIMIT}
 */
public record DecoderLimits(int maxTagLength, int maxAtomLength, int maxQuotedLength, int maxLineLength,
        long maxLiteralBeforeAuth, long maxLiteralAfterAuth, long maxCommandBeforeAuth,
        long maxCommandAfterAuth, int maxArguments, int maxNestingDepth, boolean literalPlus) {

    /** Literals are held in one array, so no configuration may exceed what an array can hold. */
    public static final long ABSOLUTE_MAX_LITERAL = Integer.MAX_VALUE - 8;

    /** RFC 7888 section 4: the largest non-synchronising literal a LITERAL- server accepts. */
    public static final int LITERAL_MINUS_LIMIT = 4096;

    public DecoderLimits {
        positive(maxTagLength, "maxTagLength");
        positive(maxAtomLength, "maxAtomLength");
        positive(maxQuotedLength, "maxQuotedLength");
        positive(maxLineLength, "maxLineLength");
        positive(maxArguments, "maxArguments");
        positive(maxNestingDepth, "maxNestingDepth");
        if (maxLiteralBeforeAuth < 0 || maxLiteralAfterAuth < 0
                || Math.max(maxLiteralBeforeAuth, maxLiteralAfterAuth) > ABSOLUTE_MAX_LITERAL) {
            throw new IllegalArgumentException("literal limits must be between 0 and " + ABSOLUTE_MAX_LITERAL);
        }
        if (maxCommandBeforeAuth < maxLineLength || maxCommandAfterAuth < maxLineLength) {
            throw new IllegalArgumentException("a command must be allowed at least one full line");
        }
    }

    /**
     * Defaults: tag 64, atom 32 KiB (clients send long UID sets), quoted 8 KiB, line 64 KiB, literal
     * 8 KiB before and 64 MiB after authentication, command 80 KiB before and 128 MiB after, 2048
     * arguments nested at most 32 deep, LITERAL+.
     */
    public static DecoderLimits defaults() {
        return new DecoderLimits(64, 32 * 1024, 8 * 1024, 64 * 1024, 8 * 1024, 64L * 1024 * 1024,
                80 * 1024, 128L * 1024 * 1024, 2048, 32, true);
    }

    public DecoderLimits withLiteralLimits(long beforeAuth, long afterAuth) {
        return new DecoderLimits(maxTagLength, maxAtomLength, maxQuotedLength, maxLineLength, beforeAuth,
                afterAuth, maxCommandBeforeAuth, maxCommandAfterAuth, maxArguments, maxNestingDepth, literalPlus);
    }

    public DecoderLimits withLiteralPlus(boolean plus) {
        return new DecoderLimits(maxTagLength, maxAtomLength, maxQuotedLength, maxLineLength, maxLiteralBeforeAuth,
                maxLiteralAfterAuth, maxCommandBeforeAuth, maxCommandAfterAuth, maxArguments, maxNestingDepth, plus);
    }

    public DecoderLimits withTokenLimits(int tag, int atom, int quoted, int line) {
        return new DecoderLimits(tag, atom, quoted, line, maxLiteralBeforeAuth, maxLiteralAfterAuth,
                Math.max(maxCommandBeforeAuth, line), Math.max(maxCommandAfterAuth, line), maxArguments,
                maxNestingDepth, literalPlus);
    }

    public DecoderLimits withStructureLimits(int arguments, int nestingDepth, long commandBeforeAuth,
            long commandAfterAuth) {
        return new DecoderLimits(maxTagLength, maxAtomLength, maxQuotedLength, maxLineLength, maxLiteralBeforeAuth,
                maxLiteralAfterAuth, commandBeforeAuth, commandAfterAuth, arguments, nestingDepth, literalPlus);
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
