package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flutemail.application.MessageSizeLimits;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.ClassOfService;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.MailDomain;

/**
 * Reads only: one account lookup for a submission; the recipient domains' limits are kept in
 * {@link RecipientStatusCache}, which forgets them when a domain changes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultMessageSizeLimits implements MessageSizeLimits {

    @Inject
    AccountRepository accounts;

    @Inject
    DomainRepository domains;

    @Inject
    org.flutemail.application.RecipientDirectory directory;

    @Inject
    RecipientStatusCache cache;

    @Override
    public Optional<String> exceeded(String authenticatedUser, List<String> recipients, long size) {
        if (authenticatedUser != null) {
            Optional<ClassOfService> senderClass = accounts.byAddress(authenticatedUser)
                    .flatMap(Account::classOfService);
            Long limit = senderClass.map(ClassOfService::maxMessageBytes).orElse(null);
            if (limit != null && size > limit) {
                return Optional.of("message size " + size + " exceeds the limit of " + limit + " octets of the class"
                        + " of service of " + authenticatedUser);
            }
        }
        for (String domainName : domainsOf(recipients)) {
            Long limit = cache.sizeLimit(domainName,
                    () -> domains.byName(domainName).map(MailDomain::maxMessageBytes)).orElse(null);
            if (limit != null && size > limit) {
                return Optional.of("message size " + size + " exceeds the limit of " + limit + " octets of domain "
                        + domainName);
            }
        }
        return Optional.empty();
    }

    /** The recipients' domains, a domain alias counting as the domain it stands for. */
    private Set<String> domainsOf(List<String> recipients) {
        Set<String> names = new LinkedHashSet<>();
        for (String recipient : recipients) {
            try {
                names.add(EmailAddress.parse(directory.canonical(recipient)).domain());
            } catch (InvalidAddressException e) {
                // The recipient was accepted at RCPT, so this does not happen; a limit cannot apply to it anyway.
            }
        }
        return names;
    }
}
