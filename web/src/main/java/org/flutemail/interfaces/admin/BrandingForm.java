package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.flutemail.application.BrandingService;
import org.flutemail.application.BrandingService.BrandingChange;
import org.flutemail.application.BrandingService.BrandingView;
import org.flutemail.application.CallerGuard;
import org.flutemail.domain.LogoImage;
import org.flutemail.interfaces.webmail.LogoServlet;
import org.primefaces.event.FileUploadEvent;

/**
 * The domain screen's "Branding" part: theme, colours (with a preview), login text and logo, for the
 * system administrator and the domain's own administrators. Everything is checked by the service.
 */
@Named
@ViewScoped
public class BrandingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DomainScreen screen;

    @Inject
    CallerGuard guard;

    @Inject
    ScreenActions actions;

    @EJB
    BrandingService branding;

    private BrandingView shown;
    private String theme;
    private String primaryColour;
    private String accentColour;
    private String loginText;

    /** The domain's branding as stored, loaded once per view (the fields then keep what was typed). */
    public BrandingView getShown() {
        if (shown == null && screen.getShown() != null) {
            show(actions.attempt(() -> {
                guard.domain(screen.getDomain());
                return branding.get(screen.getDomain());
            }, null));
        }
        return shown;
    }

    public List<String> getThemes() {
        return branding.themes();
    }

    public void save() {
        show(actions.attempt(() -> {
            guard.domain(screen.getDomain());
            return branding.update(screen.getDomain(),
                    new BrandingChange(theme, primaryColour, accentColour, loginText));
        }, "branding.saved", screen.getDomain()));
    }

    public void upload(FileUploadEvent event) {
        byte[] image = event.getFile().getContent();
        show(actions.attempt(() -> {
            guard.domain(screen.getDomain());
            return branding.putLogo(screen.getDomain(), image);
        }, "branding.logoSaved", screen.getDomain()));
    }

    public void removeLogo() {
        show(actions.attempt(() -> {
            guard.domain(screen.getDomain());
            return branding.removeLogo(screen.getDomain());
        }, "branding.logoRemoved", screen.getDomain()));
    }

    /** Where the stored logo is shown, with its version so the new one appears after an upload. */
    public String getLogoUrl() {
        BrandingView b = getShown();
        return b == null || b.logoVersion() == null ? null : LogoServlet.url(b.domain(), b.logoVersion());
    }

    public long getMaxLogoBytes() {
        return LogoImage.MAX_BYTES;
    }

    private void show(BrandingView view) {
        if (view == null) {
            return;
        }
        shown = view;
        theme = view.theme();
        primaryColour = view.primaryColour();
        accentColour = view.accentColour();
        loginText = view.loginText();
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getPrimaryColour() {
        return primaryColour;
    }

    public void setPrimaryColour(String primaryColour) {
        this.primaryColour = primaryColour;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public void setAccentColour(String accentColour) {
        this.accentColour = accentColour;
    }

    public String getLoginText() {
        return loginText;
    }

    public void setLoginText(String loginText) {
        this.loginText = loginText;
    }
}
