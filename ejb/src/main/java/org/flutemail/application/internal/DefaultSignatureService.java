package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.flutemail.application.SignatureService;
import org.flutemail.domain.Account;
import org.flutemail.domain.NotFoundException;
import org.flutemail.domain.Signature;
import org.flutemail.domain.SignatureRepository;

@Stateless
public class DefaultSignatureService implements SignatureService {

    @Inject
    SignatureRepository repository;

    @Inject
    Lookups lookups;

    @Inject
    Clock clock;

    @Override
    public List<SignatureView> signatures(String account) {
        return repository.ofAccount(lookups.account(account)).stream().map(DefaultSignatureService::view).toList();
    }

    @Override
    public Optional<SignatureView> defaultSignature(String account) {
        return signatures(account).stream().filter(SignatureView::isDefault).findFirst();
    }

    @Override
    public long save(String account, Long id, String name, String body, boolean makeDefault) {
        Account owner = lookups.account(account);
        Signature signature;
        if (id == null) {
            signature = new Signature(owner, name, body, clock.instant());
            repository.add(signature);
        } else {
            signature = find(owner, id);
            signature.change(name, body);
        }
        if (makeDefault) {
            repository.ofAccount(owner).forEach(s -> s.makeDefault(false));
        }
        signature.makeDefault(makeDefault);
        return signature.id();
    }

    @Override
    public void delete(String account, long id) {
        Account owner = lookups.account(account);
        repository.remove(find(owner, id));
    }

    private Signature find(Account owner, long id) {
        return repository.byId(owner, id).orElseThrow(() -> new NotFoundException("no signature " + id));
    }

    private static SignatureView view(Signature s) {
        return new SignatureView(s.id(), s.name(), s.body(), s.isDefault());
    }
}
