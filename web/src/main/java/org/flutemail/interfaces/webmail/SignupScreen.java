package org.flutemail.interfaces.webmail;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.flutemail.application.SignupService;
import org.flutemail.application.SignupService.SignupForm;
import org.flutemail.domain.SignupRefusedException;

/**
 * The public sign-up page: no login, reached from the login page when some domain allows sign-up. It
 * posts through the same {@link SignupService#request} as {@code POST /api/v1/signups}, so the checks
 * and abuse guards are one; refusals are said in the page's language from the service's reason word.
 */
@Named
@RequestScoped
public class SignupScreen {

    @EJB
    SignupService signups;

    @Inject
    Languages languages;

    @Inject
    Texts texts;

    private List<String> domains;
    private String domain;
    private String localPart;
    private String displayName;
    private String contactAddress;
    private String password;
    private String website;
    private String requested;

    /** The domains that take requests; the login page links here only when there is one. */
    public List<String> getDomains() {
        if (domains == null) {
            domains = signups.openDomains();
        }
        return domains;
    }

    public boolean isOpen() {
        return !getDomains().isEmpty();
    }

    public String submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            requested = signups.request(new SignupForm(domain, localPart, displayName, contactAddress, password,
                    languages.getCurrent().toLanguageTag(), website), request.getRemoteAddr()).address();
        } catch (EJBException e) {
            refused(e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            refused(e);
        }
        password = null;
        return null;
    }

    private void refused(Throwable e) {
        if (e instanceof SignupRefusedException refusal) {
            texts.notice(FacesMessage.SEVERITY_ERROR, "signup.error." + refusal.reason());
        } else if (e instanceof RuntimeException r) {
            throw r;
        } else {
            throw new IllegalStateException(e);
        }
    }

    /** The address asked for, once the request is recorded; the page then shows what happens next. */
    public String getRequested() {
        return requested;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getLocalPart() {
        return localPart;
    }

    public void setLocalPart(String localPart) {
        this.localPart = localPart;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public void setContactAddress(String contactAddress) {
        this.contactAddress = contactAddress;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The honeypot: a field hidden from people, named to attract form-filling programs. */
    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
