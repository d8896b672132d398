package org.flutemail.application;

import java.util.Optional;

/** Who may log in to the mail protocols, and as whom they may send. */
public interface AuthenticationService {

    /**
     * The canonical address of the active account that {@code user} and {@code password} identify, or
     * empty: for a wrong password and an unknown user alike, and for an account whose preset password
     * must be changed first.
     */
    Optional<String> verify(String user, String password);

    /** What a login attempt from a client comes to. */
    enum LoginOutcome {
        SUCCESS,
        FAILURE,
        /** Too many failures for this name or from this address: refused without checking. */
        THROTTLED,
        /**
         * The password is right, but it was preset (bulk import, administrator's reset) and the user
         * has not changed it yet: refused until they do. Told only to who knows the password.
         */
        PASSWORD_CHANGE_REQUIRED
    }

    /** @param identity the canonical account address on success, else empty */
    record Login(LoginOutcome outcome, String identity) {
    }

    /**
     * A login from a mail client at {@code clientAddress} over {@code access}: {@link #verify}, with failed
     * attempts counted per name and per address, and refused while either is locked (see
     * {@code LoginThrottle}). An account whose class of service denies {@code access} is refused exactly
     * as a wrong password is (same outcome, same counting), so a client learns nothing about it.
     */
    Login login(String user, String password, String clientAddress, org.flutemail.domain.Access access);

    /**
     * SCRAM-SHA-256 server keys for an active account (RFC 5802 section 3); none while its password
     * must be changed or its class of service denies SMTP, so SCRAM fails for it as a wrong password
     * would.
     */
    record ScramKeys(String identity, byte[] salt, int iterations, byte[] storedKey, byte[] serverKey) {
    }

    Optional<ScramKeys> scramKeys(String user);

    /**
     * Whether the account {@code identity} may use {@code address} as its sender: its own address, or
     * an alias that delivers to it; any address when its domain does not require owned senders.
     */
    boolean owns(String identity, String address);

    /**
     * The first address in the message's From header that {@code identity} may not send as (see
     * {@link #owns}), or empty when all are fine. Reads only the header section.
     */
    Optional<String> foreignFromAddress(String identity, java.io.InputStream message) throws java.io.IOException;
}
