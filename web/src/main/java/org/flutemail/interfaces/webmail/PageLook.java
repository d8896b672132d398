package org.flutemail.interfaces.webmail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.flutemail.application.BrandingService;
import org.flutemail.application.BrandingService.DomainLook;

/**
 * Which domain's look this page wears. Logged in: the account's domain, on every webmail page. Before
 * login: the domain named by {@code ?domain=} (remembered in the session for the login's own postbacks
 * and a language switch), else the one the host name stands for. The administration keeps the stock
 * look. Whatever the domain, an unknown or suspended one gives the stock look and nothing else.
 */
@Named("look")
@RequestScoped
public class PageLook {

    /** The session attribute that keeps the {@code ?domain=} of the login page. */
    static final String CHOSEN = "flute.branding.domain";

    @EJB
    BrandingService branding;

    @Inject
    WebmailSession session;

    private Optional<DomainLook> look;

    public boolean isBranded() {
        return current().isPresent();
    }

    public String getTheme() {
        return current().map(DomainLook::theme).orElse("classic");
    }

    /** The custom properties with the domain's own colours (see {@link LookStyle}); empty for none. */
    public String getStyle() {
        return LookStyle.of(current().orElse(null));
    }

    public String getLoginText() {
        return current().map(DomainLook::loginText).orElse(null);
    }

    /**
     * Where the logo is, with its version so a changed logo shows at once; null without a logo. Relative
     * to the application: {@code h:graphicImage} puts the context path in front.
     */
    public String getLogoUrl() {
        return current().filter(l -> l.logoVersion() != null).map(l -> LogoServlet.url(l.domain(), l.logoVersion()))
                .orElse(null);
    }

    private Optional<DomainLook> current() {
        if (look == null) {
            look = chosen();
        }
        return look;
    }

    private Optional<DomainLook> chosen() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getViewRoot() != null && faces.getViewRoot().getViewId().startsWith("/admin/")) {
            return Optional.empty();
        }
        if (session.isLoggedIn()) {
            String account = session.getAccount();
            return branding.lookOfDomain(account.substring(account.lastIndexOf('@') + 1));
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String asked = request.getParameter("domain");
        HttpSession http = request.getSession(false);
        if (asked != null && !asked.isBlank()) {
            request.getSession().setAttribute(CHOSEN, asked.strip());
            return branding.lookOfDomain(asked.strip());
        }
        Object remembered = http == null ? null : http.getAttribute(CHOSEN);
        if (remembered instanceof String name) {
            return branding.lookOfDomain(name);
        }
        return branding.lookOfHost(request.getHeader("Host"));
    }
}
