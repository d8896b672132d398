package org.flutemail.protocol.smtp.auth;

import org.flutemail.connector.api.AuthVerdict;
import org.flutemail.connector.api.ScramCredential;

/** What a mechanism may ask of the account store, already bound to the session it runs in. */
public interface Authenticator {

    /** Checks a name and password; a store failure is {@code TRY_LATER}, never an exception. */
    AuthVerdict checkPassword(String user, String password);

    /**
     * The SCRAM-SHA-256 credential of {@code user}, or null when there is no such active user.
     *
     * @throws RuntimeException when the store cannot answer now
     */
    ScramCredential scramCredential(String user);
}
