package org.flutemail.protocol.smtp.rate;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The hourly limits of {@link RateLimits}, counted in memory for this node: messages per authenticated
 * account, messages per client address without authentication, recipients per authenticated account.
 * The limits are read at each question, so a change applies to the next command; with every limit off
 * nothing is counted and nothing is looked up.
 *
 * <p>Two sessions of one sender may both pass the check before either is counted, so a sender can go
 * over a limit by the number of messages it has open at once; counting before the 250 instead would
 * charge messages that were never accepted.
 */
public final class HourlySendingRates implements SendingRates {

    /** Told of each refusal, e.g. to log it and count it. */
    @FunctionalInterface
    public interface Refusals {
        void refused(RateLimit limit, String sender, int perHour);
    }

    /** Twelve buckets: a count ages out between 55 and 60 minutes after it was made. */
    private static final int BUCKETS = 12;

    private final Supplier<RateLimits> limits;
    private final Refusals refusals;
    private final SlidingCounts accountMessages;
    private final SlidingCounts clientMessages;
    private final SlidingCounts accountRecipients;

    public HourlySendingRates(Supplier<RateLimits> limits, int maxSenders, LongSupplier millis, Refusals refusals) {
        this.limits = limits;
        this.refusals = refusals;
        Duration hour = Duration.ofHours(1);
        this.accountMessages = new SlidingCounts(hour, BUCKETS, maxSenders, millis);
        this.clientMessages = new SlidingCounts(hour, BUCKETS, maxSenders, millis);
        this.accountRecipients = new SlidingCounts(hour, BUCKETS, maxSenders, millis);
    }

    @Override
    public Optional<RateLimit> beforeMessage(String account, String clientAddress) {
        RateLimits now = limits.get();
        if (isAuthenticated(account)) {
            return check(RateLimit.MESSAGES_PER_ACCOUNT, accountMessages, key(account), now.messagesPerAccount(), 1);
        }
        return check(RateLimit.MESSAGES_PER_CLIENT, clientMessages, clientAddress, now.messagesPerClient(), 1);
    }

    @Override
    public Optional<RateLimit> beforeRecipient(String account, int recipientsSoFar) {
        if (!isAuthenticated(account)) {
            return Optional.empty();
        }
        return check(RateLimit.RECIPIENTS_PER_ACCOUNT, accountRecipients, key(account),
                limits.get().recipientsPerAccount(), recipientsSoFar + 1L);
    }

    @Override
    public void accepted(String account, String clientAddress, int recipients) {
        RateLimits now = limits.get();
        // Only what a limit watches is counted: with limits off the hot path costs nothing.
        if (isAuthenticated(account)) {
            if (now.messagesPerAccount() > 0) {
                accountMessages.add(key(account), 1);
            }
            if (now.recipientsPerAccount() > 0) {
                accountRecipients.add(key(account), recipients);
            }
        } else if (now.messagesPerClient() > 0) {
            clientMessages.add(clientAddress, 1);
        }
    }

    private Optional<RateLimit> check(RateLimit limit, SlidingCounts counts, String sender, int perHour, long adding) {
        if (perHour <= 0 || counts.count(sender) + adding <= perHour) {
            return Optional.empty();
        }
        refusals.refused(limit, sender, perHour);
        return Optional.of(limit);
    }

    private static boolean isAuthenticated(String account) {
        return account != null && !account.isEmpty();
    }

    /** Accounts are case-insensitive: {@code Bob@x} and {@code bob@x} share one count. */
    private static String key(String account) {
        return account.toLowerCase(Locale.ROOT);
    }
}
