package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.flutemail.application.AccountService;
import org.flutemail.application.AliasService;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.Views.AccountView;
import org.flutemail.application.Views.AliasView;
import org.flutemail.domain.InvalidRequestException;

/**
 * One account ({@code ?address=}): its display name and quota, the aliases that deliver to it, and
 * deleting it, which asks for the address to be typed again (the mail goes with it). Every action asks
 * the guard with the addresses it touches.
 */
@Named
@ViewScoped
public class AccountScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerGuard guard;

    @Inject
    ScreenActions actions;

    @EJB
    AccountService accounts;

    @EJB
    AliasService aliases;

    private String address;
    private AccountView shown;
    private String displayName;
    private Long quotaMib;
    private String newAlias;
    private String confirmation;
    private boolean deleted;

    public void load() {
        show(actions.attempt(() -> {
            guard.address(address);
            return accounts.get(address);
        }, null));
    }

    public void save() {
        show(actions.attempt(() -> {
            guard.address(address);
            return accounts.update(address, displayName, quotaBytes());
        }, "account.saved", address));
    }

    public List<AliasView> getAliases() {
        if (shown == null) {
            return List.of();
        }
        List<AliasView> found = actions.attempt(() -> aliases.pointingTo(address), null);
        return found == null ? List.of() : found;
    }

    /** The local part typed is taken in the account's own domain. */
    public void addAlias() {
        String alias = (newAlias == null ? "" : newAlias.strip()) + "@" + domain();
        if (actions.run(() -> {
            guard.address(address);
            guard.address(alias);
            aliases.addFor(address, alias);
        }, "account.aliasAdded", alias, address)) {
            newAlias = null;
        }
    }

    public void removeAlias(String alias) {
        actions.run(() -> {
            guard.address(address);
            guard.address(alias);
            aliases.removeFor(address, alias);
        }, "account.aliasRemoved", alias, address);
    }

    /** Deletes only when the address was typed again exactly; then the page shows that it is gone. */
    public void delete() {
        String typed = confirmation == null ? "" : confirmation.strip();
        confirmation = null;
        deleted = actions.run(() -> {
            guard.address(address);
            if (!typed.equalsIgnoreCase(address)) {
                throw new InvalidRequestException(address + " was not typed again: nothing was deleted");
            }
            accounts.delete(address);
        }, "account.deleted", address);
        if (deleted) {
            shown = null;
        }
    }

    private void show(AccountView view) {
        if (view == null) {
            return;
        }
        shown = view;
        displayName = view.displayName();
        quotaMib = SizeUnits.units(view.quotaBytes(), SizeUnits.MIB);
    }

    private Long quotaBytes() {
        return SizeUnits.octets(quotaMib, SizeUnits.MIB);
    }

    private String domain() {
        return address.substring(address.indexOf('@') + 1);
    }

    public AccountView getShown() {
        return shown;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getQuotaMib() {
        return quotaMib;
    }

    public void setQuotaMib(Long quotaMib) {
        this.quotaMib = quotaMib;
    }

    public String getNewAlias() {
        return newAlias;
    }

    public void setNewAlias(String newAlias) {
        this.newAlias = newAlias;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
