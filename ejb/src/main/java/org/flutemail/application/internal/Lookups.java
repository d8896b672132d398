package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.ClassOfService;
import org.flutemail.domain.ClassOfServiceRepository;
import org.flutemail.domain.DomainName;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.NotFoundException;

/** Finds what a service call names, or fails with the {@link NotFoundException} the caller reports. */
@ApplicationScoped
class Lookups {

    @Inject
    DomainRepository domains;

    @Inject
    AccountRepository accounts;

    @Inject
    ClassOfServiceRepository classes;

    MailDomain domain(String name) {
        String normalized = DomainName.normalize(name);
        return domains.byName(normalized)
                .orElseThrow(() -> new NotFoundException("domain " + normalized + " is not served here"));
    }

    /** The domain to filter a listing by, or null for "all domains". */
    MailDomain domainFilter(String nameOrNull) {
        return nameOrNull == null ? null : domain(nameOrNull);
    }

    ClassOfService classOfService(String name) {
        String normalized = ClassOfService.normalizeName(name);
        return classes.byName(normalized)
                .orElseThrow(() -> new NotFoundException("no class of service " + normalized));
    }

    Account account(String address) {
        String canonical = EmailAddress.parse(address).toString();
        return accounts.byAddress(canonical).orElseThrow(() -> new NotFoundException("no account " + canonical));
    }
}
