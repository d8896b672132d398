package org.flutemail.interfaces.webmail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.flutemail.application.AccountService;
import org.flutemail.application.AuthenticationService;
import org.flutemail.application.AuthenticationService.Login;
import org.flutemail.application.MailSettingsService;
import org.flutemail.application.AuthenticationService.LoginOutcome;
import org.flutemail.application.MailEvents;

/**
 * The login screen. The password is checked by the same {@link AuthenticationService#login} as IMAP
 * and POP3 logins, so failures are throttled by the same counters and suspended accounts or domains
 * are refused alike; a wrong password, an unknown account and a suspended one get one answer.
 */
@Named
@RequestScoped
public class LoginScreen {

    @EJB
    MailSettingsService mailSettings;

    @EJB
    AuthenticationService authentication;

    @EJB
    AccountService accounts;

    @Inject
    WebmailSession session;

    @Inject
    MailEvents events;

    @Inject
    Texts texts;

    private String user;
    private String password;
    private String timeZone;

    public String login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = user == null ? "" : user.strip();
        Login login = authentication.login(name, password == null ? "" : password, request.getRemoteAddr(),
                org.flutemail.domain.Access.WEBMAIL);
        // Counted like the other protocols' logins (the Logins MBean, protocol=WEBMAIL): a preset password
        // that must be changed was still the right one.
        events.login("WEBMAIL", name, request.getRemoteAddr(), login.outcome() == LoginOutcome.SUCCESS
                || login.outcome() == LoginOutcome.PASSWORD_CHANGE_REQUIRED);
        switch (login.outcome()) {
            case SUCCESS:
                return enter(request, login.identity());
            case PASSWORD_CHANGE_REQUIRED:
                // Only someone who knows the password gets here, so naming the account is no leak.
                renewSessionId(request);
                session.passwordChangeRequired(accounts.get(name).address());
                return "/password.xhtml?faces-redirect=true";
            case THROTTLED:
                fail(faces, "login.throttled");
                return null;
            case FAILURE:
            default:
                fail(faces, "login.failed");
                return null;
        }
    }

    private String enter(HttpServletRequest request, String identity) {
        request.getSession(true);
        try {
            // The container's own identity too, from the realm the REST API uses. Elytron keeps it in
            // the session and gives the session a new id, so an id planted before (fixation) is worthless.
            request.login(identity, password);
        } catch (ServletException e) {
            fail(FacesContext.getCurrentInstance(), "login.failed");
            return null;
        }
        request.getSession().setMaxInactiveInterval(SessionTimeout.seconds());
        session.loggedIn(identity);
        session.useZone(timeZone);
        PersonalPreferences.applyTo(session, mailSettings.settings(identity));
        return "/mail.xhtml?faces-redirect=true";
    }

    /** A new session id on login, so that an id planted before it (session fixation) is worthless. */
    private static void renewSessionId(HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
    }

    private void fail(FacesContext faces, String key) {
        password = null;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get(key), null));
    }

    /** Whoever is already logged in skips the form. */
    public String skipWhenLoggedIn() {
        return session.isLoggedIn() ? "/mail.xhtml?faces-redirect=true" : null;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
