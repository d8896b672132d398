package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.SaltedPassword;

/**
 * Opens a new account with its standard mailboxes, within its domain's rules: the domain takes new
 * accounts, the address is nothing else yet, and the domain's account limit is kept. Shared by the
 * administrators' creation (a password typed now) and an approved sign-up (a password hashed earlier).
 */
@ApplicationScoped
class NewAccounts {

    private static final Logger LOG = Logger.getLogger(NewAccounts.class.getName());

    @Inject
    DomainRepository domains;

    @Inject
    AccountRepository accounts;

    @Inject
    AddressClaims claims;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    Lookups lookups;

    @Inject
    Clock clock;

    /** The password is asked for only once the address is known to be free, so a conflict is told first. */
    Account open(EmailAddress address, Supplier<SaltedPassword> password, String displayName, Long quotaBytes) {
        MailDomain domain = lookups.domain(address.domain());
        domain.checkOpenForNewAccounts();
        String canonical = address.toString();
        claims.requireUnclaimed(canonical);
        if (domain.maxAccounts() != null && domains.accountCount(domain) >= domain.maxAccounts()) {
            throw new ConflictException("domain " + domain.name() + " has its maximum of " + domain.maxAccounts()
                    + " accounts");
        }
        Account account = new Account(domain, address, displayName, password.get(), clock.instant());
        account.limitTo(quotaBytes);
        accounts.add(account);
        long uidValidity = account.nextUidValidity(clock.instant());
        for (String[] folder : Mailbox.DEFAULT_FOLDERS) {
            mailboxes.add(new Mailbox(account, folder[0], folder[1], uidValidity));
        }
        LOG.info(() -> "account created: " + canonical);
        return account;
    }
}
