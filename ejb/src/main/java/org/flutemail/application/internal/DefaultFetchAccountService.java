package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;
import org.flutemail.application.AuditLog;
import org.flutemail.application.FetchAccountService;
import org.flutemail.domain.Account;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.FetchAccount;
import org.flutemail.domain.FetchAccountRepository;
import org.flutemail.domain.FetchProtocol;
import org.flutemail.domain.FetchSettings;
import org.flutemail.domain.FetchTlsMode;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.NotFoundException;
import org.flutemail.fetch.MailCollector;
import org.flutemail.fetch.PasswordCipher;

@Stateless
public class DefaultFetchAccountService implements FetchAccountService {

    private static final Logger LOG = Logger.getLogger(DefaultFetchAccountService.class.getName());
    private static final int MAX_PASSWORD = 1000;

    @Inject
    Lookups lookups;

    @Inject
    FetchAccountRepository fetchAccounts;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    PasswordCipher cipher;

    @Inject
    FetchRunner runner;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public String refusal(String address) {
        return refusal(lookups.account(address));
    }

    private static String refusal(Account account) {
        return account.mayUse(org.flutemail.domain.Access.FETCH) ? null
                : "the class of service of " + account.address() + " does not include the fetch agent";
    }

    @Override
    public List<FetchAccountView> list(String address) {
        Instant now = clock.instant();
        return fetchAccounts.ofAccount(lookups.account(address)).stream().map(f -> view(f, now)).toList();
    }

    @Override
    public FetchAccountView get(String address, long id) {
        return view(find(address, id), clock.instant());
    }

    @Override
    public FetchAccountView create(String address, FetchAccountChange c) {
        Account account = lookups.account(address);
        String refusal = refusal(account);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        FetchProtocol protocol = parse(FetchProtocol.class, "protocol", required("protocol", c.protocol()));
        FetchTlsMode tls = c.tls() == null ? FetchTlsMode.STARTTLS : parse(FetchTlsMode.class, "tls", c.tls());
        FetchSettings settings = new FetchSettings(protocol, required("host", c.host()),
                c.port() == null ? protocol.defaultPort(tls) : c.port(), tls, c.certificateSha256(),
                required("user", c.user()), c.targetFolder(), c.leaveCopy() == null || c.leaveCopy(),
                c.intervalMinutes() == null ? FetchSettings.DEFAULT_INTERVAL_MINUTES : c.intervalMinutes(),
                c.enabled() == null || c.enabled());
        Instant now = clock.instant();
        FetchAccount created = new FetchAccount(account, settings, encrypted(required("password", c.password())), now);
        fetchAccounts.add(created);
        ensureFolder(account, settings.targetFolder(), now);
        LOG.info(() -> "fetch account " + created.id() + " of " + account.address() + " created: " + settings.protocol()
                + " " + settings.user() + "@" + settings.host() + ":" + settings.port());
        FetchAccountView view = view(created, now);
        audit.record("fetch-account.create", account.address(), account.domain().name(), Changes.describe(view));
        return view;
    }

    @Override
    public FetchAccountView update(String address, long id, FetchAccountChange c) {
        FetchAccount f = find(address, id);
        FetchAccountView before = view(f, clock.instant());
        FetchSettings old = f.settings();
        FetchProtocol protocol = c.protocol() == null ? old.protocol() : parse(FetchProtocol.class, "protocol", c.protocol());
        FetchTlsMode tls = c.tls() == null ? old.tls() : parse(FetchTlsMode.class, "tls", c.tls());
        FetchSettings settings = new FetchSettings(protocol, c.host() == null ? old.host() : c.host(),
                c.port() == null ? old.port() : c.port(), tls,
                c.certificateSha256() == null ? old.pinnedSha256() : c.certificateSha256(),
                c.user() == null ? old.user() : c.user(),
                c.targetFolder() == null ? old.targetFolder() : c.targetFolder(),
                c.leaveCopy() == null ? old.leaveCopy() : c.leaveCopy(),
                c.intervalMinutes() == null ? old.intervalMinutes() : c.intervalMinutes(),
                c.enabled() == null ? old.enabled() : c.enabled());
        Instant now = clock.instant();
        f.configure(settings, now);
        if (c.password() != null) {
            f.replacePassword(encrypted(c.password()));
        }
        if (otherMailbox(old, settings)) {
            // The remote ids of one mailbox mean nothing in another; one that happened to match would
            // keep a new message out.
            fetchAccounts.forgetAllFetched(id);
        }
        ensureFolder(f.account(), settings.targetFolder(), now);
        FetchAccountView after = view(f, now);
        // The password never enters the record; that it was replaced is part of what changed.
        audit.record("fetch-account.update", f.account().address(), f.account().domain().name(),
                "id: " + id + "; " + Changes.between(before, after) + (c.password() == null ? "" : "; password replaced"));
        return after;
    }

    @Override
    public void delete(String address, long id) {
        FetchAccount f = find(address, id);
        FetchAccountView gone = view(f, clock.instant());
        fetchAccounts.remove(f);
        audit.record("fetch-account.delete", f.account().address(), f.account().domain().name(), Changes.describe(gone));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FetchOutcome collectNow(String address, long id) {
        find(address, id);
        MailCollector.Result r = runner.collect(id, false).orElseThrow();
        FetchAccountView after = get(address, id);
        return new FetchOutcome(r.collected(), r.moreWaiting(),
                r.failure().map(e -> e.kind().name()).orElse(null),
                r.failure().map(e -> e.kind().description() + ": " + e.getMessage()).orElse(null), after);
    }

    private FetchAccount find(String address, long id) {
        Account account = lookups.account(address);
        return fetchAccounts.byId(account, id).orElseThrow(
                () -> new NotFoundException("account " + account.address() + " has no fetch account " + id));
    }

    /** Made now, so the user sees it at once; local delivery makes it again should it go missing. */
    private void ensureFolder(Account account, String folder, Instant now) {
        if (mailboxes.byName(account, folder).isEmpty()) {
            mailboxes.add(new Mailbox(account, folder, null, account.nextUidValidity(now)));
        }
    }

    private String encrypted(String password) {
        if (password.isEmpty() || password.length() > MAX_PASSWORD) {
            throw new InvalidRequestException("password must be 1 to " + MAX_PASSWORD + " characters");
        }
        return cipher.encrypt(password);
    }

    private static boolean otherMailbox(FetchSettings a, FetchSettings b) {
        return a.protocol() != b.protocol() || !a.host().equals(b.host()) || !a.user().equals(b.user());
    }

    private static String required(String name, String value) {
        if (value == null) {
            throw new InvalidRequestException(name + " is required");
        }
        return value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name + " must be one of " + List.of(type.getEnumConstants()) + ", not '"
                    + value + "'");
        }
    }

    static FetchAccountView view(FetchAccount f, Instant now) {
        FetchSettings s = f.settings();
        return new FetchAccountView(f.id(), s.protocol().name(), s.host(), s.port(), s.tls().name(), s.pinnedSha256(),
                s.user(), s.targetFolder(), s.leaveCopy(), s.intervalMinutes(), s.enabled(), f.createdAt(),
                f.isRunning(now), f.lastRunAt(), f.lastSuccessAt(), f.lastCollected(), f.lastErrorAt(),
                Objects.toString(f.lastErrorKind(), null), f.lastError(), f.consecutiveFailures(), f.nextRunAt());
    }
}
