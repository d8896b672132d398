package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.flutemail.application.AuditLog;
import org.flutemail.application.DomainAdministratorService;
import org.flutemail.domain.Administrator;
import org.flutemail.domain.AdministratorRepository;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.NotFoundException;
import org.flutemail.domain.Passwords;

@Stateless
public class DefaultDomainAdministratorService implements DomainAdministratorService {

    /** Letters, digits and . _ - only: a login is no address, so it never collides with an account's. */
    private static final java.util.regex.Pattern LOGIN = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

    @Inject
    AdministratorRepository administrators;

    @Inject
    Lookups lookups;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public List<AdministratorView> list(String domain) {
        return administrators.ofDomain(lookups.domain(domain)).stream().map(DefaultDomainAdministratorService::view)
                .toList();
    }

    @Override
    public AdministratorView grant(String domainName, String login, String password) {
        MailDomain domain = lookups.domain(domainName);
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new InvalidRequestException("a login is 2 to 64 letters, digits, '.', '_' or '-', starting with a"
                    + " letter or digit");
        }
        Administrator admin = administrators.byLogin(login).orElse(null);
        if (admin == null) {
            if (password == null) {
                throw new InvalidRequestException("a new domain administrator needs a password");
            }
            admin = Administrator.ofDomain(login, Passwords.hash(password), domain, clock.instant());
            administrators.add(admin);
            audit.record("administrator.create", login, domain.name(), "role: " + admin.role() + "; domains: "
                    + domain.name());
        } else {
            admin.grant(domain);
            audit.record("administrator.grant", login, domain.name(), "domains: " + admin.domainNames());
        }
        return view(admin);
    }

    @Override
    public void revoke(String domainName, String login) {
        MailDomain domain = lookups.domain(domainName);
        Administrator admin = administrators.byLogin(login)
                .filter(a -> a.domainNames().contains(domain.name()))
                .orElseThrow(() -> new NotFoundException(login + " does not administer " + domain.name()));
        admin.revoke(domain);
        audit.record("administrator.revoke", login, domain.name(), "domains: " + admin.domainNames());
    }

    private static AdministratorView view(Administrator a) {
        return new AdministratorView(a.login(), a.role(), a.domainNames(), a.createdAt());
    }
}
