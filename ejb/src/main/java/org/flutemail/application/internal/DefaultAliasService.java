package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.flutemail.application.AliasService;
import org.flutemail.application.AuditLog;
import org.flutemail.application.Views.AliasView;
import org.flutemail.domain.AliasRepository;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.MailAlias;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.NotFoundException;

@Stateless
public class DefaultAliasService implements AliasService {

    @Inject
    AuditLog audit;

    @Inject
    DomainRepository domains;

    @Inject
    AliasRepository aliases;

    @Inject
    AddressClaims claims;

    @Inject
    Lookups lookups;

    @Inject
    Clock clock;

    @Override
    public AliasView create(String address, List<String> targets) {
        EmailAddress parsed = EmailAddress.parse(address);
        MailDomain domain = lookups.domain(parsed.domain());
        String canonical = parsed.toString();
        claims.requireUnclaimed(canonical);
        MailAlias alias = new MailAlias(domain, parsed, localTargets(targets), clock.instant());
        aliases.add(alias);
        AliasView created = view(alias);
        audit.record("alias.create", canonical, domain.name(), Changes.describe(created));
        return created;
    }

    @Override
    public List<AliasView> list(String domain) {
        return aliases.list(lookups.domainFilter(domain)).stream().map(DefaultAliasService::view).toList();
    }

    @Override
    public AliasView get(String address) {
        return view(find(address));
    }

    @Override
    public AliasView retarget(String address, List<String> targets) {
        MailAlias alias = find(address);
        AliasView before = view(alias);
        alias.retarget(localTargets(targets));
        AliasView after = view(alias);
        audit.record("alias.update", after.address(), EmailAddress.parse(after.address()).domain(),
                Changes.between(before, after));
        return after;
    }

    @Override
    public void delete(String address) {
        MailAlias alias = find(address);
        AliasView gone = view(alias);
        audit.record("alias.delete", gone.address(), EmailAddress.parse(gone.address()).domain(), Changes.describe(gone));
        aliases.remove(alias);
    }

    @Override
    public List<AliasView> pointingTo(String account) {
        String target = lookups.account(account).address();
        return aliases.list(lookups.domain(EmailAddress.parse(target).domain())).stream()
                .filter(a -> a.targets().contains(target)).map(DefaultAliasService::view).toList();
    }

    @Override
    public AliasView addFor(String account, String alias) {
        String target = lookups.account(account).address();
        String canonical = EmailAddress.parse(alias).toString();
        if (aliases.byAddress(canonical).isEmpty()) {
            return create(canonical, List.of(target));
        }
        List<String> targets = new ArrayList<>(find(canonical).targets());
        if (targets.contains(target)) {
            throw new ConflictException("alias " + canonical + " delivers to " + target + " already");
        }
        targets.add(target);
        return retarget(canonical, targets);
    }

    @Override
    public void removeFor(String account, String alias) {
        String target = lookups.account(account).address();
        MailAlias found = find(alias);
        List<String> targets = new ArrayList<>(found.targets());
        if (!targets.remove(target)) {
            throw new NotFoundException("alias " + found.address() + " does not deliver to " + target);
        }
        if (targets.isEmpty()) {
            delete(found.address());
        } else {
            retarget(found.address(), targets);
        }
    }

    /**
     * Targets must be in domains served here: forwarding to other servers needs outbound delivery,
     * which is not part of this server yet, and an alias that silently fails would lose mail.
     */
    private List<EmailAddress> localTargets(List<String> targets) {
        if (targets == null || targets.isEmpty()) {
            throw new InvalidAddressException("an alias needs at least one target");
        }
        List<EmailAddress> parsed = new ArrayList<>();
        for (String t : targets) {
            EmailAddress target = EmailAddress.parse(t);
            if (domains.byName(target.domain()).isEmpty()) {
                throw new InvalidAddressException("target " + target + " is not in a domain served here");
            }
            parsed.add(target);
        }
        return parsed;
    }

    private MailAlias find(String address) {
        String canonical = EmailAddress.parse(address).toString();
        return aliases.byAddress(canonical).orElseThrow(() -> new NotFoundException("no alias " + canonical));
    }

    private static AliasView view(MailAlias a) {
        return new AliasView(a.address(), a.targets().stream().sorted().toList());
    }
}
