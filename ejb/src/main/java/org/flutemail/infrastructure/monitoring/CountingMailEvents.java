package org.flutemail.infrastructure.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.flutemail.application.MailEvents;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.MailLogEntry;
import org.flutemail.domain.StatisticsRepository.HourFigure;

/**
 * In-memory counters (LongAdder: many threads add, a monitor reads now and then) for JMX, and the
 * hourly figures and mail log lines that {@link StatisticsFlusher} writes to the database off the
 * mail path.
 */
@ApplicationScoped
public class CountingMailEvents implements MailEvents {

    static final String IN = "in";
    static final String OUT = "out";
    static final String REJECTED = "rejected";
    private static final int LOG_CAPACITY = 200_000;

    private final LongAdder accepted = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final Map<String, LongAdder[]> logins = new ConcurrentHashMap<>();
    private final HourlyTallies hourly = new HourlyTallies();
    private final MailLogBuffer log = new MailLogBuffer(LOG_CAPACITY);

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @Override
    public void accepted() {
        accepted.increment();
    }

    @Override
    public void received(String queueId, Envelope envelope) {
        // A spool row written in a transaction that rolls back was never received.
        onCommit(() -> tallyReceived(queueId, envelope));
    }

    private void tallyReceived(String queueId, Envelope envelope) {
        Instant now = clock.instant();
        String user = blankToNull(envelope.authUser());
        String sender = blankToNull(envelope.reversePath());
        String senderDomain = MailLogEntry.domainOf(sender);
        if (user != null) {
            count(now, MailLogEntry.domainOf(user), OUT);
        } else {
            envelope.recipients().stream().map(MailLogEntry::domainOf).filter(Objects::nonNull).distinct()
                    .forEach(d -> hourly.add(now, d, IN, 1));
            hourly.add(now, HourlyTallies.ALL, IN, 1);
        }
        for (String recipient : envelope.recipients()) {
            log.add(new MailLogEntry(now, MailLogEntry.RECEIVED, envelope.protocol(), envelope.clientAddress(), user,
                    sender, recipient, MailLogEntry.domainOf(recipient), senderDomain, "accepted", "queue " + queueId));
        }
    }

    @Override
    public void rejected(String clientAddress, String account, String recipient, String reason) {
        rejected.increment();
        Instant now = clock.instant();
        String domain = MailLogEntry.domainOf(recipient != null ? recipient : account);
        count(now, domain, REJECTED);
        log.add(new MailLogEntry(now, MailLogEntry.REFUSED, "SMTP", clientAddress, blankToNull(account), null,
                recipient, domain, MailLogEntry.domainOf(account), "refused", reason));
    }

    @Override
    public void delivered() {
        // A delivery that rolls back (and is redelivered by the broker) must not count twice.
        onCommit(delivered::increment);
    }

    @Override
    public void login(String protocol, String user, String clientAddress, boolean succeeded) {
        String name = protocol.toUpperCase(Locale.ROOT);
        logins.computeIfAbsent(name, p -> new LongAdder[] {new LongAdder(), new LongAdder()})
                [succeeded ? 0 : 1].increment();
        Instant now = clock.instant();
        String outcome = succeeded ? "success" : "failure";
        String domain = MailLogEntry.domainOf(user);
        count(now, domain, "login." + name + "." + outcome);
        log.add(new MailLogEntry(now, MailLogEntry.LOGIN, name, clientAddress, user, null, null, domain, null, outcome,
                null));
    }

    @Override
    public void caught(Threat threat, String clientAddress, String recipient) {
        count(clock.instant(), MailLogEntry.domainOf(recipient), threat.name().toLowerCase(Locale.ROOT));
    }

    /** Counts for the domain (if any) and for the whole server. */
    private void count(Instant now, String domain, String metric) {
        if (domain != null) {
            hourly.add(now, domain, metric, 1);
        }
        hourly.add(now, HourlyTallies.ALL, metric, 1);
    }

    private void onCommit(Runnable count) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            count.run();
        } else {
            transactions.registerInterposedSynchronization(new CountOnCommit(count));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    List<HourFigure> drainHourly() {
        return hourly.drain(clock.instant());
    }

    void restoreHourly(List<HourFigure> figures) {
        hourly.restore(figures);
    }

    List<MailLogEntry> takeLog(int max) {
        return log.take(max);
    }

    void restoreLog(List<MailLogEntry> lines) {
        log.restore(lines);
    }

    long droppedLogLines() {
        return log.dropped();
    }

    long acceptedCount() {
        return accepted.sum();
    }

    long rejectedCount() {
        return rejected.sum();
    }

    long deliveredCount() {
        return delivered.sum();
    }

    long logins(String protocol, boolean succeeded) {
        LongAdder[] pair = logins.get(protocol);
        return pair == null ? 0 : pair[succeeded ? 0 : 1].sum();
    }
}
