package org.flutemail.protocol.imap.store;

/**
 * A store operation the client asked for and cannot have, with the RFC 5530 response code that tells
 * its client why ({@code NONEXISTENT}, {@code ALREADYEXISTS}, {@code TRYCREATE}, {@code OVERQUOTA} ...).
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Code {
        NONEXISTENT, ALREADYEXISTS, TRYCREATE, OVERQUOTA, CANNOT, LIMIT, BADCHARSET, UNAVAILABLE,
        /** RFC 6154: a special-use attribute the server does not support. */
        USEATTR,
        /** RFC 3516: a part whose Content-Transfer-Encoding BINARY cannot undo. */
        UNKNOWN_CTE,
        /** RFC 9051 section 7.1: DELETE of a mailbox that still has children (told as CANNOT to rev1 clients). */
        HASCHILDREN;

        /** The response code as written: {@code UNKNOWN-CTE} has a hyphen no Java name can. */
        public String responseCode() {
            return name().replace('_', '-');
        }
    }

    private final Code code;

    public StoreException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
