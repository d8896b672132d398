package org.flutemail.protocol.imap.codec;

/** Thrown inside the decoder where a command turns out to be unacceptable; becomes a {@link DecodeError}. */
final class DecodeFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final DecodeError.Kind kind;

    DecodeFailure(DecodeError.Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    static DecodeFailure syntax(String message) {
        return new DecodeFailure(DecodeError.Kind.SYNTAX, message);
    }

    DecodeError.Kind kind() {
        return kind;
    }
}
