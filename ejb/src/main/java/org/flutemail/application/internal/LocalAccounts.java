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
 * The account a local recipient address belongs to, for delivery. What every delivery needs (id, state,
 * quota: {@link AccountFacts}) is kept between transactions in {@link RecipientStatusCache}, so the
 * common delivery reads no account at all; the account itself, which personal settings and a folder
 * made on demand need, is read once per transaction (a query does not consult the persistence context,
 * so a second ask would be a second query).
 */
@ApplicationScoped
public class LocalAccounts {

    private static final Object KEY = LocalAccounts.class;

    @Inject
    AccountRepository accounts;

    @Inject
    RecipientStatusCache cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** What delivery needs of the account at this address; empty when there is none. */
    public Optional<AccountFacts> facts(String address) {
        return cache.accountFacts(address, () -> byAddress(address).map(AccountFacts::of));
    }

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
