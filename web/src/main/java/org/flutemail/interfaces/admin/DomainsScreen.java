package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.DomainAdministratorService;
import org.flutemail.application.DomainAdministratorService.AdministratorView;
import org.flutemail.application.DomainService;
import org.flutemail.application.Views.DomainView;

/**
 * The domains a caller may see (all of them for a system administrator, theirs for a domain
 * administrator) with their administrators; the system administrator grants and revokes them here.
 */
@Named
@RequestScoped
public class DomainsScreen {

    @Inject
    CallerGuard guard;

    @EJB
    DomainService domains;

    @EJB
    DomainAdministratorService administrators;

    @Inject
    ScreenActions actions;

    @Inject
    AdminTexts texts;

    private List<DomainView> visible;
    private String domain;
    private final Credentials grantee = new Credentials();
    private String confirmation;

    public List<DomainView> getDomains() {
        if (visible == null) {
            visible = domains.list().stream().filter(d -> guard.sees(d.name())).toList();
        }
        return visible;
    }

    /** The logins administering {@code domain}, comma-separated. */
    public String administratorsOf(String domainName) {
        List<AdministratorView> admins = actions.attempt(() -> administrators.list(domainName), null);
        return admins == null ? "" : admins.stream().map(AdministratorView::login).collect(Collectors.joining(", "));
    }

    public void grant() {
        String who = grantee.trimmedLogin();
        String password = grantee.takePassword();
        actions.run(() -> {
            guard.system();
            administrators.grant(domain, who, password);
        }, "domains.granted", who, domain);
    }

    public void revoke() {
        String who = grantee.trimmedLogin();
        grantee.takePassword();
        actions.run(() -> {
            guard.system();
            administrators.revoke(domain, who);
        }, "domains.revoked", who, domain);
    }

    /** Deletes only when the name typed again matches: a slip of the selection must not start a deletion. */
    public void delete() {
        String chosen = domain;
        if (confirmation == null || !confirmation.trim().equalsIgnoreCase(chosen)) {
            texts.error(texts.get("domains.confirmMismatch"));
            return;
        }
        DomainView pending = actions.attempt(() -> {
            guard.system();
            return domains.delete(chosen);
        }, null);
        if (pending != null) {
            texts.info("domains.deleted", pending.name(), pending.deletionDueAt());
        }
        visible = null;
        confirmation = null;
    }

    public void restore() {
        String chosen = domain;
        actions.run(() -> {
            guard.system();
            domains.restore(chosen);
        }, "domains.restored", chosen);
        visible = null;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public Credentials getGrantee() {
        return grantee;
    }
}
