package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.flutemail.application.RecipientDirectory;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.AliasRepository;
import org.flutemail.domain.DomainAliasRepository;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.MailAlias;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.MailingList;
import org.flutemail.domain.MailingListRepository;
import org.flutemail.infrastructure.startup.ServerSettings;
import org.flutemail.pipeline.RecipientStatus;

/**
 * Looks addresses up in the database, within the caller's transaction if there is one; what an address
 * is (account, alias, …) is remembered until a domain, account or alias changes. An address in a domain
 * alias is canonically the same local part in the alias's domain, so RCPT, relay control and delivery
 * all see the real domain.
 */
@ApplicationScoped
public class DefaultRecipientDirectory implements RecipientDirectory {

    @Inject
    DomainRepository domains;

    @Inject
    AccountRepository accounts;

    @Inject
    AliasRepository aliases;

    @Inject
    DomainAliasRepository domainAliases;

    @Inject
    MailingListRepository lists;

    @Inject
    RecipientStatusCache cache;

    @Override
    public String canonical(String address) {
        if ("postmaster".equalsIgnoreCase(address)) {
            return "postmaster@" + ServerSettings.firstDomain();
        }
        try {
            EmailAddress parsed = EmailAddress.parse(address);
            String domain = cache.deliveryDomain(parsed.domain(), () -> domainAliases.byName(parsed.domain())
                    .map(a -> a.domain().name()).orElse(parsed.domain()));
            return domain.equals(parsed.domain()) ? parsed.toString() : parsed.localPart() + "@" + domain;
        } catch (InvalidAddressException e) {
            return address;
        }
    }

    @Override
    public RecipientStatus statusOf(String address) {
        EmailAddress parsed;
        try {
            parsed = EmailAddress.parse(address);
        } catch (InvalidAddressException e) {
            // Not an address Flute can route (relay tricks such as user@remote@local end here too):
            // no mailbox takes it, and it must never be relayed.
            return RecipientStatus.UNKNOWN;
        }
        return cache.statusOf(parsed.toString(), () -> lookUp(parsed));
    }

    private RecipientStatus lookUp(EmailAddress parsed) {
        Optional<MailDomain> domain = domains.byName(parsed.domain());
        if (domain.isEmpty()) {
            return RecipientStatus.NOT_LOCAL;
        }
        if (domain.get().isPendingDeletion()) {
            return RecipientStatus.DOMAIN_PENDING_DELETION;
        }
        if (!domain.get().isActive()) {
            return RecipientStatus.DISABLED;
        }
        Optional<Account> account = accounts.byAddress(parsed.toString());
        if (account.isPresent()) {
            return account.get().canReceive() ? RecipientStatus.ACCOUNT : RecipientStatus.DISABLED;
        }
        if (aliases.byAddress(parsed.toString()).isPresent()) {
            return RecipientStatus.ALIAS;
        }
        return lists.byAddress(parsed.toString()).or(() -> lists.byAddress(listOfBounceAddress(parsed))).isPresent()
                ? RecipientStatus.LIST : RecipientStatus.UNKNOWN;
    }

    /** {@code x-bounces@d} → {@code x@d}, the list whose bounces it would take. */
    private static String listOfBounceAddress(EmailAddress parsed) {
        String local = parsed.localPart();
        return local.endsWith(MailingList.BOUNCES_SUFFIX)
                ? local.substring(0, local.length() - MailingList.BOUNCES_SUFFIX.length()) + "@" + parsed.domain()
                : parsed.toString();
    }

    @Override
    public Set<String> aliasTargets(String address) {
        try {
            return aliases.byAddress(EmailAddress.parse(address).toString()).map(MailAlias::targets).orElse(Set.of());
        } catch (InvalidAddressException e) {
            return Set.of();
        }
    }
}
