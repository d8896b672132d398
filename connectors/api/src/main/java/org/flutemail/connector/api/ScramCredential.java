package org.flutemail.connector.api;

import java.util.Objects;

/**
 * What a server needs to run SCRAM-SHA-256 (RFC 5802, RFC 7677) for one user without knowing the
 * password: salt and iteration count to send, StoredKey to check the client proof, ServerKey to sign.
 *
 * @param identity the canonical account address the user name stands for
 */
public record ScramCredential(String identity, byte[] salt, int iterations, byte[] storedKey, byte[] serverKey) {

    public ScramCredential {
        Objects.requireNonNull(identity, "identity");
        salt = salt.clone();
        storedKey = storedKey.clone();
        serverKey = serverKey.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] storedKey() {
        return storedKey.clone();
    }

    @Override
    public byte[] serverKey() {
        return serverKey.clone();
    }
}
