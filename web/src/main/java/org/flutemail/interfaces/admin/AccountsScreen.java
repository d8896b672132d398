package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.flutemail.application.AccountService;
import org.flutemail.application.AuthorizationService;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.ClassOfServiceService;
import org.flutemail.application.DomainService;
import org.flutemail.application.Views.AccountView;
import org.flutemail.application.Views.ClassOfServiceView;
import org.flutemail.application.Views.DomainView;

/**
 * The accounts of one domain (chosen with {@code ?domain=}): create one, suspend and resume, reset a
 * password. Each action asks the guard with the account's own address, whatever the page showed.
 */
@Named
@ViewScoped
public class AccountsScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerGuard guard;

    @Inject
    AuthorizationService authorization;

    @Inject
    ScreenActions actions;

    @EJB
    AccountService accounts;

    @EJB
    DomainService domains;

    @EJB
    ClassOfServiceService classes;

    private String domain;
    private String localPart;
    private String displayName;
    private String password;
    private String resetAddress;
    private String resetPassword;
    private boolean resetMustChange = true;
    private String classAddress;
    private String className;

    /** The domains the caller may choose from, sorted; the first one is shown when none is chosen. */
    public List<String> getDomains() {
        Set<String> visible = authorization.visibleDomains(guard.actor());
        if (visible == null) {
            return domains.list().stream().map(DomainView::name).sorted().toList();
        }
        return visible.stream().sorted().toList();
    }

    /** Called by the page before rendering: settles on a domain the caller may see. */
    public void choose() {
        List<String> choices = getDomains();
        if (domain == null || !choices.contains(domain)) {
            domain = choices.isEmpty() ? null : choices.get(0);
        }
    }

    public List<AccountView> getAccounts() {
        if (domain == null) {
            return List.of();
        }
        List<AccountView> listed = actions.attempt(() -> guard.listed(domain, accounts::list), null);
        return listed == null ? List.of() : listed;
    }

    public void create() {
        String address = (localPart == null ? "" : localPart.strip()) + "@" + domain;
        if (actions.run(() -> {
            guard.address(address);
            accounts.create(address, password, displayName, null);
        }, "accounts.created", address)) {
            localPart = null;
            displayName = null;
        }
        password = null;
    }

    public void suspend(String address) {
        actions.run(() -> {
            guard.address(address);
            accounts.suspend(address);
        }, "accounts.suspended", address);
    }

    public void activate(String address) {
        actions.run(() -> {
            guard.address(address);
            accounts.activate(address);
        }, "accounts.activated", address);
    }

    public void reset() {
        String address = resetAddress;
        actions.run(() -> {
            guard.address(address);
            accounts.changePassword(address, resetPassword, resetMustChange);
        }, "accounts.reset", address);
        resetPassword = null;
    }

    /** The names of the classes of service to choose from. */
    public List<String> getClassNames() {
        List<ClassOfServiceView> listed = actions.attempt(() -> classes.list(), null);
        return listed == null ? List.of() : listed.stream().map(ClassOfServiceView::name).toList();
    }

    /** Gives the chosen account the chosen class, or (no class chosen) its domain's default again. */
    public void assignClass() {
        String address = classAddress;
        String chosen = className == null || className.isBlank() ? null : className;
        actions.run(() -> {
            guard.address(address);
            accounts.assignClassOfService(address, chosen);
        }, chosen == null ? "accounts.classDefault" : "accounts.classAssigned", address, chosen);
    }

    public String getClassAddress() {
        return classAddress;
    }

    public void setClassAddress(String classAddress) {
        this.classAddress = classAddress;
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String className) {
        this.className = className;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getResetAddress() {
        return resetAddress;
    }

    public void setResetAddress(String resetAddress) {
        this.resetAddress = resetAddress;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }

    public boolean isResetMustChange() {
        return resetMustChange;
    }

    public void setResetMustChange(boolean resetMustChange) {
        this.resetMustChange = resetMustChange;
    }
}
