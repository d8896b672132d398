package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.flutemail.application.RemoteImageTrustService;
import org.flutemail.domain.Account;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.TrustedImageSender;
import org.flutemail.domain.TrustedImageSenderRepository;

@Stateless
public class DefaultRemoteImageTrustService implements RemoteImageTrustService {

    @Inject
    TrustedImageSenderRepository repository;

    @Inject
    Lookups lookups;

    @Inject
    Clock clock;

    @Override
    public List<String> trustedSenders(String account) {
        return repository.ofAccount(lookups.account(account)).stream().map(TrustedImageSender::address).toList();
    }

    @Override
    public void trust(String account, String sender) {
        EmailAddress address = EmailAddress.parse(sender);
        Account owner = lookups.account(account);
        if (repository.find(owner, address).isEmpty()) {
            repository.add(new TrustedImageSender(owner, address, clock.instant()));
        }
    }

    @Override
    public void distrust(String account, String sender) {
        Account owner = lookups.account(account);
        address(sender).flatMap(a -> repository.find(owner, a)).ifPresent(repository::remove);
    }

    @Override
    public boolean trusts(String account, String sender) {
        Optional<EmailAddress> address = address(sender);
        return address.isPresent() && repository.find(lookups.account(account), address.get()).isPresent();
    }

    /** What was never an address was never stored, so is trusted by nobody. */
    private static Optional<EmailAddress> address(String sender) {
        try {
            return sender == null ? Optional.empty() : Optional.of(EmailAddress.parse(sender));
        } catch (InvalidAddressException e) {
            return Optional.empty();
        }
    }
}
