package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.flutemail.application.Actor;
import org.flutemail.application.AdminAuthenticationService.AdminLogin;
import org.flutemail.application.AdminAuthenticationService;

/**
 * The administrators' login: {@link AdminAuthenticationService} checks the password with the same
 * throttle as the mail protocols; a wrong password and an unknown login get one answer. A new session id
 * at login makes an id planted before it worthless.
 */
@Named
@RequestScoped
public class AdminLoginScreen {

    @EJB
    AdminAuthenticationService authentication;

    @Inject
    AdminSession session;

    @Inject
    AdminTexts texts;

    private final Credentials credentials = new Credentials();

    public String login() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String password = credentials.takePassword();
        AdminLogin result = authentication.login(credentials.trimmedLogin(), password == null ? "" : password,
                request.getRemoteAddr());
        switch (result.outcome()) {
            case SUCCESS:
                request.getSession(true);
                request.changeSessionId();
                session.loggedIn(result.actor().login(), result.actor().tier() == Actor.Tier.SYSTEM);
                return home(result.actor());
            case THROTTLED:
                texts.error(texts.get("login.throttled"));
                return null;
            case FAILURE:
            default:
                texts.error(texts.get("login.failed"));
                return null;
        }
    }

    /** System administrators start at the dashboard, domain administrators at their accounts. */
    static String home(Actor actor) {
        return actor.tier() == Actor.Tier.SYSTEM ? "/admin/dashboard.xhtml?faces-redirect=true"
                : "/admin/accounts.xhtml?faces-redirect=true";
    }

    public String logout() {
        session.loggedOut();
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        return "/admin/login.xhtml?faces-redirect=true";
    }

    public Credentials getCredentials() {
        return credentials;
    }
}
