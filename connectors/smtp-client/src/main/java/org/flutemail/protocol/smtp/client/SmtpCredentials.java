package org.flutemail.protocol.smtp.client;

import java.util.Objects;

/**
 * User name and password for AUTH PLAIN or LOGIN (RFC 4954) at a smart host.
 */
public record SmtpCredentials(String username, String password) {

    public SmtpCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "SmtpCredentials[" + username + ", password hidden]";
    }
}
