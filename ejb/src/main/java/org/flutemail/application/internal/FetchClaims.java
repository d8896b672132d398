package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.FetchAccount;
import org.flutemail.domain.FetchAccountRepository;
import org.flutemail.domain.Access;
import org.flutemail.domain.FetchErrorKind;
import org.flutemail.domain.FetchSettings;
import org.flutemail.domain.NotFoundException;
import org.flutemail.fetch.FetchException;
import org.flutemail.fetch.MailCollector;
import org.flutemail.fetch.PasswordCipher;
import org.flutemail.fetch.RemoteEndpoint;

/**
 * The database side of a collection, each step a short transaction of its own so that no lock is held
 * while an outside server is being talked to: {@link #claim} before, {@link #finish} after.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FetchClaims {

    @Inject
    FetchAccountRepository fetchAccounts;

    @Inject
    PasswordCipher cipher;

    @Inject
    Clock clock;

    /**
     * Marks the fetch account as collecting, under the locks of all its owner's fetch accounts, so that
     * each Flute account has one collection at a time. A scheduled claim is quietly skipped (empty)
     * when the account is busy, disabled or no longer due; an asked-for one fails with a conflict when
     * busy.
     */
    public Optional<FetchJob> claim(long id, boolean scheduled) {
        Instant now = clock.instant();
        List<FetchAccount> ofOwner = fetchAccounts.lockAllOfOwner(id);
        FetchAccount target = ofOwner.stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("no fetch account " + id));
        boolean busy = ofOwner.stream().anyMatch(f -> f.isRunning(now));
        if (scheduled && (busy || !target.isEnabled() || target.nextRunAt().isAfter(now))) {
            return Optional.empty();
        }
        if (busy) {
            throw new ConflictException("a collection for " + target.account().address() + " is running; try again"
                    + " when it has finished");
        }
        target.claim(now);
        FetchSettings s = target.settings();
        Optional<FetchException> unusable = Optional.empty();
        String password = "";
        try {
            password = cipher.decrypt(target.passwordSecret());
        } catch (PasswordCipher.UnreadableSecretException e) {
            unusable = Optional.of(new FetchException(FetchErrorKind.PASSWORD_UNREADABLE,
                    e.getMessage() + "; set the password again"));
        }
        if (!target.account().mayUse(Access.FETCH)) {
            // Checked at each start, so a class that loses FETCH stops the fetch accounts that exist already.
            unusable = Optional.of(new FetchException(FetchErrorKind.NOT_ALLOWED, "the class of service of "
                    + target.account().address() + " does not allow the fetch agent"));
        }
        RemoteEndpoint endpoint = new RemoteEndpoint(s.protocol(), s.host(), s.port(), s.tls(), s.pinnedSha256(),
                s.user(), password);
        return Optional.of(new FetchJob(id, target.account().address(), endpoint, s.targetFolder(), s.leaveCopy(),
                Set.copyOf(fetchAccounts.fetchedIds(id)), unusable));
    }

    /**
     * Records how the collection went, schedules the next, and forgets the remote ids of messages the
     * server no longer lists (they were deleted there, by us or by someone else).
     */
    public void finish(long id, MailCollector.Result result) {
        Optional<FetchAccount> found = fetchAccounts.byId(id);
        if (found.isEmpty()) {
            return; // deleted while it was collecting
        }
        FetchAccount f = found.get();
        Instant now = clock.instant();
        result.failure().ifPresentOrElse(
                e -> f.failed(now, result.collected(), e.kind(), e.getMessage()),
                () -> f.succeeded(now, result.collected(), result.moreWaiting()));
        result.listed().ifPresent(listed -> {
            Set<String> gone = new HashSet<>(fetchAccounts.fetchedIds(id));
            gone.removeAll(listed);
            if (!gone.isEmpty()) {
                fetchAccounts.forgetFetched(id, gone);
            }
        });
    }

    /** Every fetch account due now, earliest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> due(int limit) {
        return fetchAccounts.due(clock.instant(), limit);
    }

    /** Drops every claim: called at start, when no collection can be running on this server. */
    public int releaseAll() {
        return fetchAccounts.releaseAllClaims();
    }
}
