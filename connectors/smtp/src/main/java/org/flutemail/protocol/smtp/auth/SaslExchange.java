package org.flutemail.protocol.smtp.auth;

/** One run of a mechanism for one AUTH command; used by one thread, then dropped. */
@FunctionalInterface
public interface SaslExchange {

    /**
     * @param response the client's decoded response; for the first call, the initial response from
     *                 the AUTH command, or null when the client sent none
     */
    SaslStep respond(byte[] response);
}
