package org.flutemail.protocol.smtp.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.flutemail.connector.api.ScramCredential;

/**
 * Credentials for a user that does not exist, so that SCRAM runs the same exchange for everyone
 * (RFC 5802 section 9 advises it): the salt is derived from the name with a server secret, so asking
 * twice gives the same answer, as it would for a real account, and nobody without the secret can
 * tell it apart from a real salt. The keys are derived too and match no password.
 *
 * @param iterations must be the count real accounts use, or the reply gives the game away
 */
record FakeScramCredentials(byte[] secret, int iterations) {

    private static final int SALT_LENGTH = 16;

    FakeScramCredentials {
        secret = secret.clone();
    }

    ScramCredential forUser(String user) {
        byte[] salt = Arrays.copyOf(derive("salt", user), SALT_LENGTH);
        return new ScramCredential(user, salt, iterations, derive("stored-key", user), derive("server-key", user));
    }

    private byte[] derive(String purpose, String user) {
        return ScramFunctions.hmac(secret, (purpose + '\0' + user).getBytes(StandardCharsets.UTF_8));
    }
}
