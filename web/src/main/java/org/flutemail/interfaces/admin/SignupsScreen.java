package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.flutemail.application.Actor;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.DomainService;
import org.flutemail.application.SignupService;
import org.flutemail.application.SignupService.SignupRequestView;
import org.flutemail.application.Views.DomainView;

/**
 * Sign-up requests of one domain ({@code ?domain=}) for its administrators: the waiting ones to approve
 * or refuse (with a reason), and the decided ones with who decided and when. Every action asks the
 * {@link CallerGuard} for the domain first, as {@code /api/v1/domains/{d}/signups} does.
 */
@Named
@ViewScoped
public class SignupsScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerGuard guard;

    @Inject
    ScreenActions actions;

    @EJB
    DomainService domains;

    @EJB
    SignupService signups;

    private String domain;
    private String reason;

    /** Only administrators; a user who got here is sent to their own place. */
    public String check() {
        Actor.Tier tier = guard.actor().tier();
        return tier == Actor.Tier.SYSTEM || tier == Actor.Tier.DOMAIN ? null : AdminLoginScreen.home(guard.actor());
    }

    public List<String> getDomains() {
        return domains.list().stream().map(DomainView::name).filter(guard::sees).toList();
    }

    public List<SignupRequestView> getRequests() {
        if (domain == null || domain.isBlank()) {
            return List.of();
        }
        return actions.listing(() -> {
            guard.domain(domain);
            return signups.list(domain, null);
        });
    }

    public void approve(long id, String address) {
        actions.run(() -> {
            guard.domain(domain);
            signups.approve(domain, id);
        }, "signups.approved", address);
    }

    public void refuse(long id, String address) {
        if (actions.run(() -> {
            guard.domain(domain);
            signups.refuse(domain, id, reason);
        }, "signups.refused", address)) {
            reason = null;
        }
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
