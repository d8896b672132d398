package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.flutemail.domain.LoginThrottle;
import org.flutemail.infrastructure.startup.ServerSettings;

/** The server's one {@link LoginThrottle}, shared by every mail protocol's logins. */
@ApplicationScoped
public class LoginThrottling {

    private final LoginThrottle throttle = new LoginThrottle(ServerSettings.loginThrottlePolicy());

    public LoginThrottle throttle() {
        return throttle;
    }
}
