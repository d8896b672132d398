package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.DomainDisclaimerService;
import org.flutemail.application.DomainDisclaimerService.DisclaimerView;

/**
 * The disclaimer part of the domain screen ({@code ?domain=}): system administrators and the domain's
 * administrators see and change it; the HTML is made safe before it is saved ({@link DisclaimerHtml}).
 */
@Named
@ViewScoped
public class DomainDisclaimerScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerGuard guard;

    @Inject
    ScreenActions actions;

    @EJB
    DomainDisclaimerService disclaimers;

    private String domain;
    private boolean shown;
    private boolean enabled;
    private String plainText;
    private String htmlText;
    private boolean internalToo;

    /** Called before rendering, after the domain screen's own load. */
    public void load() {
        if (domain == null || !guard.sees(domain)) {
            return; // the domain screen says why
        }
        fill(actions.attempt(() -> {
            guard.domain(domain);
            return disclaimers.get(domain);
        }, null));
    }

    public void save() {
        fill(actions.attempt(() -> {
            guard.domain(domain);
            return disclaimers.update(domain, new DisclaimerView(domain, enabled, plainText,
                    DisclaimerHtml.safe(htmlText), internalToo));
        }, "disclaimer.saved", domain));
    }

    private void fill(DisclaimerView view) {
        if (view == null) {
            return;
        }
        shown = true;
        enabled = view.enabled();
        plainText = view.plainText();
        htmlText = view.htmlText();
        internalToo = view.internalToo();
    }

    public boolean isShown() {
        return shown;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPlainText() {
        return plainText;
    }

    public void setPlainText(String plainText) {
        this.plainText = plainText;
    }

    public String getHtmlText() {
        return htmlText;
    }

    public void setHtmlText(String htmlText) {
        this.htmlText = htmlText;
    }

    public boolean isInternalToo() {
        return internalToo;
    }

    public void setInternalToo(boolean internalToo) {
        this.internalToo = internalToo;
    }
}
