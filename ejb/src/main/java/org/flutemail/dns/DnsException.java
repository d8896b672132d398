package org.flutemail.dns;

/** A look-up that got no answer (timeout, SERVFAIL): the result may be different later. */
public class DnsException extends Exception {

    private static final long serialVersionUID = 1L;

    public DnsException(String message) {
        super(message);
    }

    public DnsException(String message, Throwable cause) {
        super(message, cause);
    }
}
