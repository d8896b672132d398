package org.flutemail.interfaces.admin;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Which administrator is logged in to this browser session; set only by {@link AdminLoginScreen}. */
@Named
@SessionScoped
public class AdminSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private String login;
    private boolean system;

    public boolean isLoggedIn() {
        return login != null;
    }

    public String getLogin() {
        return login;
    }

    /** For the navigation only: every screen and action asks the authorization service itself. */
    public boolean isSystem() {
        return system;
    }

    void loggedIn(String login, boolean system) {
        this.login = login;
        this.system = system;
    }

    void loggedOut() {
        this.login = null;
        this.system = false;
    }
}
