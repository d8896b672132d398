package org.flutemail.infrastructure.connector;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.AuthenticationService;
import org.flutemail.application.MailEvents;
import org.flutemail.connector.api.AuthVerdict;

/**
 * A password check for a mail protocol, as the listener API answers it: throttled, logged, and never
 * an exception.
 */
final class AuthVerdicts {

    private static final Logger LOG = Logger.getLogger(AuthVerdicts.class.getName());

    private AuthVerdicts() {
    }

    static AuthVerdict check(AuthenticationService authentication, MailEvents events, String protocol, String user, String password,
            String clientAddress) {
        try {
            AuthenticationService.Login login = authentication.login(user, password, clientAddress,
                    org.flutemail.domain.Access.valueOf(protocol));
            AuthVerdict verdict = switch (login.outcome()) {
                case SUCCESS -> AuthVerdict.success(login.identity());
                case FAILURE -> AuthVerdict.of(AuthVerdict.Kind.FAILURE);
                case THROTTLED -> AuthVerdict.of(AuthVerdict.Kind.THROTTLED);
                case PASSWORD_CHANGE_REQUIRED -> AuthVerdict.of(AuthVerdict.Kind.PASSWORD_CHANGE_REQUIRED);
            };
            events.login(protocol, user, clientAddress, login.outcome() == AuthenticationService.LoginOutcome.SUCCESS);
            LOG.info(() -> protocol + " authentication " + login.outcome().name().toLowerCase(java.util.Locale.ROOT)
                    + " for '" + user + "' from " + clientAddress);
            return verdict;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, protocol + " authentication could not be checked", e);
            return AuthVerdict.of(AuthVerdict.Kind.TRY_LATER);
        }
    }
}
