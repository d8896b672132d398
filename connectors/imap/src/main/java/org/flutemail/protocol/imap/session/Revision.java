package org.flutemail.protocol.imap.session;

import org.flutemail.protocol.imap.store.StoreException;

/**
 * The protocol revision a client speaks. Every session starts as IMAP4rev1, with the extensions it
 * enables on top; {@code ENABLE IMAP4rev2} switches it to RFC 9051 for the rest of the connection
 * (RFC 9051 appendix A). Each behaviour that differs between the two is answered here, so that the
 * commands ask a question ("is there a \Recent flag?") rather than test the revision.
 *
 * <p>What IMAP4rev2 takes over from extensions that a rev1 client may enable one by one (ESEARCH,
 * UTF8=ACCEPT's names) is answered the same way for both when the client enabled them; see
 * {@code docs/imap4rev2.md} for the whole table.
 */
enum Revision {
    IMAP4REV1, IMAP4REV2;

    /** The capability name, as ENABLE takes it and ENABLED answers it. */
    static final String REV2_CAPABILITY = "IMAP4rev2";

    /**
     * The \Recent flag, the RECENT response, STATUS RECENT and the RECENT, NEW and OLD search keys:
     * gone from IMAP4rev2 (RFC 9051 appendix E), so a rev2 session neither shows nor claims recency.
     */
    boolean hasRecent() {
        return this == IMAP4REV1;
    }

    /** The UNSEEN response code after SELECT and EXAMINE: RFC 3501 requires it, RFC 9051 section 6.3.2 dropped it. */
    boolean reportsFirstUnseenOnSelect() {
        return this == IMAP4REV1;
    }

    /** RFC 9051 section 6.3.2: SELECT and EXAMINE answer with a LIST response for the mailbox. */
    boolean listsMailboxOnSelect() {
        return this == IMAP4REV2;
    }

    /** RFC 9051 section 6.4.4: a SEARCH without RETURN is RETURN (ALL), answered by ESEARCH, never SEARCH. */
    boolean searchAnswersEsearch() {
        return this == IMAP4REV2;
    }

    /** RFC 9051 section 5.1: mailbox names are UTF-8; modified UTF-7 is IMAP4rev1's (section 5.1.3 there). */
    boolean utf8() {
        return this == IMAP4REV2;
    }

    /**
     * The response code that tells the client why a store operation failed. HASCHILDREN is RFC 9051's
     * (section 7.1); a rev1 client is told CANNOT, which is what it was always told.
     */
    String responseCode(StoreException.Code code) {
        if (code == StoreException.Code.HASCHILDREN && this == IMAP4REV1) {
            return StoreException.Code.CANNOT.responseCode();
        }
        return code.responseCode();
    }
}
