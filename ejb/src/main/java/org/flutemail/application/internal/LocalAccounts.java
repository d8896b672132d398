package org.flutemail.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;

/**
 * The account a local recipient address belongs to, for delivery: read once per transaction. Delivery
 * asks twice per recipient (its personal settings, then the store), and a query does not consult the
 * persistence context, so the second ask was a second query. The first one is the query with the
 * account's domain, which a primary-key read followed by the domain's would not beat.
 */
@ApplicationScoped
public class LocalAccounts {

    private static final Object KEY = LocalAccounts.class;

    @Inject
    AccountRepository accounts;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public Optional<Account> byAddress(String address) {
        if (transactions.getTransactionKey() == null) {
            return accounts.byAddress(address);
        }
        @SuppressWarnings("unchecked")
        Map<String, Optional<Account>> read = (Map<String, Optional<Account>>) transactions.getResource(KEY);
        if (read == null) {
            read = new HashMap<>();
            transactions.putResource(KEY, read);
        }
        return read.computeIfAbsent(address, accounts::byAddress);
    }
}
