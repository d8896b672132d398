package org.flutemail.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.flutemail.application.AccountService;
import org.flutemail.application.DomainService;
import org.flutemail.domain.Administrator;
import org.flutemail.domain.AdministratorRepository;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.Passwords;

/**
 * Gives an empty database what a fresh installation needs to be used at all: the system administrator
 * {@code admin}, the first domain, and its {@code postmaster} account (RFC 5321 requires every server
 * to take mail for postmaster).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class FirstStart {

    static final String ADMIN_LOGIN = "admin";
    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @Inject
    AdministratorRepository administrators;

    @Inject
    DomainRepository domains;

    @EJB
    DomainService domainService;

    @EJB
    AccountService accountService;

    @Inject
    Clock clock;

    @PostConstruct
    void setUp() {
        if (administrators.count() == 0) {
            createAdministrator();
        }
        if (domains.all().isEmpty()) {
            String domain = ServerSettings.firstDomain();
            domainService.create(domain);
            accountService.create("postmaster@" + domain, Passwords.generate(24), "Postmaster", null);
            LOG.info(() -> "first domain " + domain + " created, with postmaster@" + domain);
        }
    }

    private void createAdministrator() {
        String password = ServerSettings.adminPassword();
        boolean generated = password == null;
        if (generated) {
            password = Passwords.generate(20);
        }
        administrators.add(Administrator.system(ADMIN_LOGIN, Passwords.hash(password), clock.instant()));
        if (generated) {
            // Shown this once and never stored in clear: the operator must note it now.
            LOG.warning("\n=====================================================================\n"
                    + " Flute Mail system administrator created\n"
                    + "   login:    " + ADMIN_LOGIN + "\n"
                    + "   password: " + password + "\n"
                    + " This password is shown only now. Set FLUTE_ADMIN_PASSWORD to choose one.\n"
                    + "=====================================================================");
        } else {
            LOG.info("system administrator '" + ADMIN_LOGIN + "' created with the password from FLUTE_ADMIN_PASSWORD");
        }
    }
}
