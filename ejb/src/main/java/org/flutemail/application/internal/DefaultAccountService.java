package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.flutemail.application.AccountService;
import org.flutemail.application.AuditLog;
import org.flutemail.application.Views.AccountView;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.DisplayName;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.Passwords;
import org.flutemail.domain.WeakPasswordException;

@Stateless
public class DefaultAccountService implements AccountService {

    private static final Logger LOG = Logger.getLogger(DefaultAccountService.class.getName());

    @Inject
    AuditLog audit;

    @Inject
    AccountRepository accounts;

    @Inject
    Lookups lookups;

    @Inject
    NewAccounts newAccounts;

    @Override
    public AccountView create(String address, String password, String displayName, Long quotaBytes) {
        return recordedNew(newAccount(address, password, displayName, quotaBytes));
    }

    @Override
    public AccountView createWithPresetPassword(String address, String password, String displayName,
            Long quotaBytes) {
        Account account = newAccount(address, password, displayName, quotaBytes);
        account.presetPassword(account.password());
        return recordedNew(account);
    }

    private Account newAccount(String address, String password, String displayName, Long quotaBytes) {
        return newAccounts.open(EmailAddress.parse(address), () -> Passwords.hash(password), displayName, quotaBytes);
    }

    @Override
    public List<AccountView> list(String domain) {
        return accounts.list(lookups.domainFilter(domain)).stream().map(DefaultAccountService::view).toList();
    }

    @Override
    public AccountView get(String address) {
        return view(find(address));
    }

    @Override
    public AccountView update(String address, String displayName, Long quotaBytes) {
        Account account = find(address);
        AccountView before = view(account);
        account.rename(displayName);
        account.limitTo(quotaBytes);
        return recorded("account.update", before, account);
    }

    @Override
    public AccountView renameOwn(String address, String displayName) {
        Account account = find(address);
        AccountView before = view(account);
        account.rename(DisplayName.of(displayName));
        return recorded("account.self-rename", before, account);
    }

    @Override
    public AccountView assignClassOfService(String address, String className) {
        Account account = find(address);
        AccountView before = view(account);
        account.assign(className == null || className.isBlank() ? null : lookups.classOfService(className));
        return recorded("account.class-of-service", before, account);
    }

    @Override
    public void changePassword(String address, String newPassword) {
        changePassword(address, newPassword, false);
    }

    @Override
    public void changePassword(String address, String newPassword, boolean mustChange) {
        Account account = find(address);
        if (mustChange) {
            account.presetPassword(Passwords.hash(newPassword));
        } else {
            account.changePassword(Passwords.hash(newPassword));
        }
        audit.record("account.password-reset", account.address(), account.domain().name(),
                "must change at next login: " + mustChange);
        LOG.info(() -> "password changed: " + address + (mustChange ? " (must be changed at the next login)" : ""));
    }

    @Override
    public void changeOwnPassword(String address, String newPassword) {
        Account account = find(address);
        if (Passwords.matches(newPassword, account.password())) {
            throw new WeakPasswordException("the new password must differ from the current one");
        }
        account.changePassword(Passwords.hash(newPassword));
        LOG.info(() -> "password changed by its user: " + account.address());
    }

    @Override
    public AccountView suspend(String address) {
        Account account = find(address);
        AccountView before = view(account);
        account.suspend();
        return recorded("account.suspend", before, account);
    }

    @Override
    public AccountView activate(String address) {
        Account account = find(address);
        AccountView before = view(account);
        account.activate();
        return recorded("account.activate", before, account);
    }

    @Override
    public void delete(String address) {
        Account account = find(address);
        audit.record("account.delete", account.address(), account.domain().name(), Changes.describe(view(account)));
        accounts.remove(account);
        LOG.info(() -> "account deleted: " + account.address());
    }

    private AccountView recordedNew(Account account) {
        AccountView created = view(account);
        audit.record("account.create", account.address(), account.domain().name(), Changes.describe(created));
        return created;
    }

    private AccountView recorded(String action, AccountView before, Account account) {
        AccountView after = view(account);
        audit.record(action, account.address(), account.domain().name(), Changes.between(before, after));
        return after;
    }

    private Account find(String address) {
        return lookups.account(address);
    }

    static AccountView view(Account a) {
        return new AccountView(a.address(), a.displayName(), a.state().name(), a.quotaBytes(), a.createdAt(),
                a.mustChangePassword(), a.ownClassOfService() == null ? null : a.ownClassOfService().name());
    }
}
