package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.flutemail.application.AuditLog;
import org.flutemail.application.CurrentCaller;
import org.flutemail.application.SignupService;
import org.flutemail.domain.Account;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.NotFoundException;
import org.flutemail.domain.Passwords;
import org.flutemail.domain.SaltedPassword;
import org.flutemail.domain.SignupApplication;
import org.flutemail.domain.SignupPolicy;
import org.flutemail.domain.SignupPolicyRepository;
import org.flutemail.domain.SignupRefusedException;
import org.flutemail.domain.SignupRequest;
import org.flutemail.domain.SignupRequestRepository;
import org.flutemail.domain.SignupState;

@Stateless
public class DefaultSignupService implements SignupService {

    private static final Logger LOG = Logger.getLogger(DefaultSignupService.class.getName());

    /** Requests that may wait in one domain at a time (system property, default 50). */
    public static final String MAX_PENDING = "flute.signup.max-pending-per-domain";
    static final int DEFAULT_MAX_PENDING = 50;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller caller;

    @Inject
    DomainRepository domains;

    @Inject
    SignupPolicyRepository policies;

    @Inject
    SignupRequestRepository requests;

    @Inject
    AddressClaims claims;

    @Inject
    NewAccounts newAccounts;

    @Inject
    SignupThrottle throttle;

    @Inject
    SignupNotices notices;

    @Inject
    Lookups lookups;

    @Inject
    Clock clock;

    @Override
    public List<String> openDomains() {
        return policies.openDomainNames();
    }

    @Override
    public SignupPolicyView policy(String domain) {
        MailDomain d = lookups.domain(domain);
        return new SignupPolicyView(d.name(), allows(d));
    }

    @Override
    public SignupPolicyView allow(String domain, boolean allowed) {
        MailDomain d = lookups.domain(domain);
        boolean before = allows(d);
        policies.of(d).ifPresentOrElse(p -> p.allow(allowed), () -> policies.add(new SignupPolicy(d, allowed)));
        audit.record("domain.signup", d.name(), d.name(), "allowed: " + before + " -> " + allowed);
        return new SignupPolicyView(d.name(), allowed);
    }

    @Override
    public SignupRequestView request(SignupForm form, String clientAddress) {
        // A field people never see: whatever fills it in is a program, and gets no further.
        if (form.honeypot() != null && !form.honeypot().isEmpty()) {
            throw SignupRefusedException.invalid("refused", "the request was refused");
        }
        SignupApplication checked = SignupApplication.check(form.domain(), form.localPart(), form.displayName(),
                form.contactAddress(), form.password(), form.language());
        String client = clientAddress == null ? "unknown" : clientAddress;
        Instant now = now();
        if (!throttle.tryAcquire(client, now)) {
            throw new SignupRefusedException(SignupRefusedException.Kind.THROTTLED, "throttled",
                    "too many sign-up requests from your address; try again in an hour");
        }
        // One answer for a domain that does not exist and one that does not allow sign-up: no enumeration.
        MailDomain domain = domains.byName(checked.address().domain()).filter(d -> d.isActive() && allows(d))
                .orElseThrow(() -> SignupRefusedException.conflict("closed",
                        "sign-up is not open for " + checked.address().domain()));
        String address = checked.address().toString();
        requireFree(address);
        if (requests.pendingCount(domain) >= Integer.getInteger(MAX_PENDING, DEFAULT_MAX_PENDING)) {
            throw SignupRefusedException.conflict("full",
                    "too many sign-up requests wait for " + domain.name() + "; try again later");
        }
        SignupRequest request = new SignupRequest(domain, checked.address(), checked.displayName(),
                checked.contactAddress(), checked.language(), Passwords.hash(form.password()), client, now);
        requests.add(request);
        LOG.info(() -> "sign-up requested: " + address + " from " + client);
        return view(request);
    }

    /** Whatever the address already is (account, alias, list, another request), the stranger hears "taken". */
    private void requireFree(String address) {
        try {
            claims.requireUnclaimed(address);
        } catch (ConflictException e) {
            throw taken(address);
        }
        if (requests.pendingFor(address)) {
            throw taken(address);
        }
    }

    private static SignupRefusedException taken(String address) {
        return SignupRefusedException.conflict("taken", "the address " + address + " is taken");
    }

    @Override
    public List<SignupRequestView> list(String domain, String state) {
        return requests.of(lookups.domain(domain), stateOf(state)).stream().map(DefaultSignupService::view).toList();
    }

    @Override
    public SignupRequestView approve(String domain, long id) {
        SignupRequest request = find(domain, id);
        Instant now = now();
        request.approve(caller.actor().login(), now);
        SaltedPassword chosen = request.password();
        Account account = newAccounts.open(EmailAddress.parse(request.address()),
                () -> new SaltedPassword(chosen.hash(), chosen.salt(), chosen.iterations()), request.displayName(),
                null);
        SignupRequestView decided = view(request);
        audit.record("signup.approve", account.address(), request.domain().name(), detail(decided));
        audit.record("account.create", account.address(), request.domain().name(),
                Changes.describe(DefaultAccountService.view(account)));
        notices.approved(request, now);
        return decided;
    }

    @Override
    public SignupRequestView refuse(String domain, long id, String reason) {
        SignupRequest request = find(domain, id);
        Instant now = now();
        request.refuse(caller.actor().login(), now, reason);
        SignupRequestView decided = view(request);
        audit.record("signup.refuse", request.address(), request.domain().name(), detail(decided));
        notices.refused(request, now);
        return decided;
    }

    private static String detail(SignupRequestView r) {
        return "requested at " + r.requestedAt() + " from " + r.clientAddress()
                + (r.reason() == null ? "" : "; reason: " + r.reason());
    }

    /** A request of another domain is as unknown as one that does not exist. */
    private SignupRequest find(String domain, long id) {
        MailDomain d = lookups.domain(domain);
        return requests.byId(id).filter(r -> r.domain().id().equals(d.id()))
                .orElseThrow(() -> new NotFoundException("no sign-up request " + id + " in " + d.name()));
    }

    /** Whole seconds: the times are shown to people and must read back the same from either database. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private boolean allows(MailDomain domain) {
        return policies.of(domain).map(SignupPolicy::allowed).orElse(false);
    }

    private static SignupState stateOf(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return SignupState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("state must be pending, approved or refused");
        }
    }

    private static SignupRequestView view(SignupRequest r) {
        return new SignupRequestView(r.id() == null ? 0 : r.id(), r.domain().name(), r.address(), r.displayName(),
                r.contactAddress(), r.language(), r.state().name(), r.requestedAt(), r.clientAddress(),
                r.decidedAt(), r.decidedBy(), r.reason());
    }
}
