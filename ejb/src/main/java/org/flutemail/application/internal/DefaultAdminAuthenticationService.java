package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.flutemail.application.AdminAuthenticationService;
import org.flutemail.application.AuthorizationService;
import org.flutemail.application.MailEvents;
import org.flutemail.domain.Administrator;
import org.flutemail.domain.AdministratorRepository;
import org.flutemail.domain.LoginThrottle;
import org.flutemail.domain.Passwords;
import org.flutemail.domain.SaltedPassword;

@Stateless
public class DefaultAdminAuthenticationService implements AdminAuthenticationService {

    /** Checked when the login is unknown, so an unknown login costs what a wrong password does. */
    private static final SaltedPassword DECOY = Passwords.hash("decoy-password-never-matches");

    @Inject
    AdministratorRepository administrators;

    @Inject
    AuthorizationService authorization;

    @Inject
    LoginThrottling throttling;

    @Inject
    MailEvents events;

    @Inject
    Clock clock;

    @Override
    public AdminLogin login(String login, String password, String clientAddress) {
        LoginThrottle throttle = throttling.throttle();
        if (throttle.isLocked(login, clientAddress, clock.instant())) {
            events.login("ADMIN", login, clientAddress, false);
            return new AdminLogin(Outcome.THROTTLED, null);
        }
        Optional<Administrator> admin = administrators.byLogin(login);
        if (Passwords.matches(password, admin.map(Administrator::password).orElse(DECOY)) && admin.isPresent()) {
            throttle.succeeded(login);
            events.login("ADMIN", login, clientAddress, true);
            return new AdminLogin(Outcome.SUCCESS, authorization.identify(admin.get().login()));
        }
        throttle.failed(login, clientAddress, clock.instant());
        events.login("ADMIN", login, clientAddress, false);
        return new AdminLogin(Outcome.FAILURE, null);
    }
}
