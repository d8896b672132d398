package org.flutemail.protocol.smtp.auth;

/** A SASL mechanism as the server runs it: a name for EHLO and AUTH, and a fresh exchange per AUTH. */
public interface SaslMechanism {

    /** The registered name, upper case: {@code PLAIN}, {@code LOGIN}, {@code SCRAM-SHA-256}. */
    String name();

    SaslExchange start(Authenticator authenticator);
}
