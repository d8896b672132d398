package org.flutemail.infrastructure.connector;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.AuthenticationService;
import org.flutemail.connector.api.AuthVerdict;

/** A password check for a mail protocol, as the listener API answers it: logged, and never an exception. */
final class AuthVerdicts {

    private static final Logger LOG = Logger.getLogger(AuthVerdicts.class.getName());

    private AuthVerdicts() {
    }

    static AuthVerdict check(AuthenticationService authentication, String protocol, String user, String password,
            String clientAddress) {
        try {
            AuthVerdict verdict = authentication.verify(user, password).map(AuthVerdict::success)
                    .orElseGet(() -> AuthVerdict.of(AuthVerdict.Kind.FAILURE));
            LOG.info(() -> protocol + " authentication " + (verdict.succeeded() ? "succeeded" : "failed") + " for '"
                    + user + "' from " + clientAddress);
            return verdict;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, protocol + " authentication could not be checked", e);
            return AuthVerdict.of(AuthVerdict.Kind.TRY_LATER);
        }
    }
}
