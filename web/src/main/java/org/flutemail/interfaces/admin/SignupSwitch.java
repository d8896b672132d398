package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.SignupService;
import org.flutemail.application.SignupService.SignupPolicyView;

/**
 * The sign-up switch of one domain, on the domain screen and the sign-up requests screen: its system
 * administrator and its own administrators turn self-service sign-up on or off.
 */
@Named
@ViewScoped
public class SignupSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerGuard guard;

    @Inject
    ScreenActions actions;

    @EJB
    SignupService signups;

    private String domain;
    private Boolean allowed;

    /** Reads the domain's switch, once per domain shown. */
    public boolean isAllowed() {
        if (allowed == null && domain != null) {
            SignupPolicyView policy = actions.attempt(() -> {
                guard.domain(domain);
                return signups.policy(domain);
            }, null);
            allowed = policy != null && policy.allowed();
        }
        return Boolean.TRUE.equals(allowed);
    }

    public void setAllowed(boolean allowed) {
        this.allowed = allowed;
    }

    public void save() {
        boolean wanted = Boolean.TRUE.equals(allowed);
        SignupPolicyView saved = actions.attempt(() -> {
            guard.domain(domain);
            return signups.allow(domain, wanted);
        }, wanted ? "signups.opened" : "signups.closed", domain);
        allowed = saved == null ? null : saved.allowed();
    }

    public String getDomain() {
        return domain;
    }

    /** Another domain: its switch is read again. */
    public void setDomain(String domain) {
        if (domain == null || !domain.equals(this.domain)) {
            allowed = null;
        }
        this.domain = domain;
    }
}
