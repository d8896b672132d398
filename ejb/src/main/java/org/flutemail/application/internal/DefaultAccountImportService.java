package org.flutemail.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.flutemail.application.AccountImportService;
import org.flutemail.application.AccountService;
import org.flutemail.application.Actor;
import org.flutemail.application.AuthorizationService;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.CurrentCaller;
import org.flutemail.application.Views.AccountView;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.Passwords;
import org.flutemail.migration.csv.AccountCsv;

/**
 * Creates the accounts of a CSV file, each in a transaction of its own so that one bad row (an
 * existing address, an unknown domain, a weak password) costs only itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultAccountImportService implements AccountImportService {

    private static final int GENERATED_LENGTH = 14;

    @EJB
    AccountService accounts;

    @Inject
    AuthorizationService authorization;

    @Inject
    CurrentCaller caller;

    @Inject
    CallerGuard guard;

    @Override
    public AccountImportResult importAccounts(String csv) {
        List<AccountCsv.Entry> entries = AccountCsv.parse(csv == null ? "" : csv);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the CSV file has a header row but no accounts");
        }
        Actor actor = caller.actor();
        List<ImportedAccount> results = new ArrayList<>();
        int created = 0;
        for (AccountCsv.Entry entry : entries) {
            if (entry.error() != null) {
                results.add(new ImportedAccount(entry.line(), entry.address(), false, null, entry.error()));
                continue;
            }
            if (!authorization.mayAdminister(actor, EmailAddress.parse(entry.address()).domain())) {
                // A domain administrator's file may name other domains: those rows fail, the rest go in.
                results.add(new ImportedAccount(entry.line(), entry.address(), false, null,
                        "line " + entry.line() + ": you do not administer this address's domain"));
                continue;
            }
            boolean generated = entry.password() == null;
            String password = generated ? Passwords.generate(GENERATED_LENGTH) : entry.password();
            try {
                accounts.createWithPresetPassword(entry.address(), password, entry.displayName(), entry.quotaBytes());
                results.add(new ImportedAccount(entry.line(), entry.address(), true, generated ? password : null, null));
                created++;
            } catch (EJBException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                results.add(new ImportedAccount(entry.line(), entry.address(), false, null,
                        "line " + entry.line() + ": " + cause.getMessage()));
            } catch (RuntimeException e) {
                results.add(new ImportedAccount(entry.line(), entry.address(), false, null,
                        "line " + entry.line() + ": " + e.getMessage()));
            }
        }
        return new AccountImportResult(created, entries.size() - created, results);
    }

    @Override
    public byte[] exportAccounts(String domain) {
        List<AccountView> listed = guard.listed(domain, accounts::list);
        return AccountCsv.write(listed.stream()
                .map(a -> new AccountCsv.Exported(a.address(), a.displayName(), a.quotaBytes(), a.classOfService(),
                        a.state(), a.createdAt()))
                .toList());
    }
}
