package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.flutemail.application.DeliveryReports;
import org.flutemail.application.DeliveryReports.Action;
import org.flutemail.application.DeliveryReports.RecipientReport;
import org.flutemail.application.OutboundQueue;
import org.flutemail.application.RemoteTransport;
import org.flutemail.application.RemoteTransport.Job;
import org.flutemail.application.RemoteTransport.Outcome;
import org.flutemail.application.RemoteTransport.Result;
import org.flutemail.domain.OutboundDelivery;
import org.flutemail.domain.OutboundRecipient;
import org.flutemail.domain.OutboundRepository;
import org.flutemail.domain.RetrySchedule;
import org.flutemail.infrastructure.startup.ServerSettings;

/**
 * The database side of an outbound attempt, each step in a transaction of its own so that no
 * database lock is held while a remote server is being talked to: {@link #begin} reads what is to be
 * sent, {@link #finish} records what happened, queues the next attempt and spools the reports.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboundAttempts {

    private static final Logger LOG = Logger.getLogger(OutboundAttempts.class.getName());
    /** As long as the consumer's transaction may last: a claim older than that belongs to a dead run. */
    private static final Duration ATTEMPT_LEASE = Duration.ofHours(1);

    @Inject
    OutboundRepository outbound;

    @Inject
    OutboundQueue queue;

    @Inject
    DeliveryReportSpooler reports;

    @Inject
    Clock clock;

    /**
     * Claims attempt {@code attempt} + 1 and returns its job; empty when that attempt is no longer the
     * one due, or another consumer is running it right now.
     */
    public Optional<Job> begin(long deliveryId, int attempt) {
        Instant now = clock.instant();
        return outbound.lock(deliveryId)
                .filter(d -> d.state() == OutboundDelivery.State.QUEUED && d.attempts() == attempt)
                .filter(d -> d.claimAttempt(now, ATTEMPT_LEASE))
                .map(d -> new Job(d.id(), d.domain(), d.reversePath(),
                        d.pending().stream().map(r -> new RemoteTransport.Recipient(r.address(), r.dsn())).toList(),
                        d.blobKey(), d.size(), d.transactionOptions().bodyType(), d.transactionOptions().smtpUtf8(),
                        d.transactionOptions().dsnReturn(), d.transactionOptions().dsnEnvelopeId()));
    }

    /** Records the attempt's results; ignored when another run has recorded this attempt already. */
    public void finish(long deliveryId, int attempt, List<Result> results) {
        Optional<OutboundDelivery> found = outbound.lock(deliveryId)
                .filter(d -> d.state() == OutboundDelivery.State.QUEUED && d.attempts() == attempt);
        if (found.isEmpty()) {
            return;
        }
        OutboundDelivery d = found.get();
        Instant now = clock.instant();
        List<RecipientReport> reported = new ArrayList<>();
        String lastError = null;
        String lastHost = null;
        for (Result r : results) {
            OutboundRecipient.State state = switch (r.outcome()) {
                case DELIVERED -> OutboundRecipient.State.DELIVERED;
                case PERMANENT -> OutboundRecipient.State.FAILED;
                case TEMPORARY -> OutboundRecipient.State.PENDING;
            };
            if (r.outcome() != Outcome.DELIVERED) {
                lastError = r.reply();
            }
            if (!r.remoteHost().isEmpty()) {
                lastHost = r.remoteHost();
            }
            if (state != OutboundRecipient.State.PENDING) {
                d.settle(r.address(), state, r.reply());
            }
            if (r.outcome() == Outcome.PERMANENT) {
                reported.add(report(d, r.address(), Action.FAILED, r.reply(), r.remoteHost()));
            } else if (r.outcome() == Outcome.DELIVERED && !r.remoteReports()) {
                // RFC 3461: the next hop takes no NOTIFY, so a success report is ours to send.
                reported.add(report(d, r.address(), Action.RELAYED, r.reply(), r.remoteHost()));
            }
        }
        if (!d.pending().isEmpty() && d.expiredAt(now)) {
            String reason = "gave up after " + (d.attempts() + 1) + " attempts; last error: " + lastError;
            for (OutboundRecipient r : d.giveUp(reason)) {
                reported.add(report(d, r.address(), Action.FAILED, lastError == null ? reason : lastError, lastHost));
            }
        }
        Duration delay = new RetrySchedule(ServerSettings.outboundRetryScale()).after(d.attempts() + 1);
        d.attempted(lastError, lastHost, now.plus(delay));
        if (d.state() == OutboundDelivery.State.QUEUED) {
            queue.enqueue(d.id(), d.attempts(), delay);
            warnOfDelayIfDue(d, now, lastError, lastHost);
        }
        reportTo(d, reported);
        LOG.info(() -> "outbound " + d.id() + " (" + d.queueId() + " to " + d.domain() + ") attempt " + d.attempts()
                + ": " + results.size() + " recipients, " + d.pending().size() + " still pending"
                + (d.state() == OutboundDelivery.State.QUEUED ? ", next in " + delay : ""));
    }

    /** Gives up on what is pending now, reporting to the sender; part of the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void giveUp(OutboundDelivery d, String reason) {
        List<RecipientReport> failed = new ArrayList<>();
        for (OutboundRecipient r : d.giveUp(reason)) {
            failed.add(report(d, r.address(), Action.FAILED, reason, ""));
        }
        reportTo(d, failed);
    }

    private void warnOfDelayIfDue(OutboundDelivery d, Instant now, String lastError, String lastHost) {
        if (d.delayWarned() || now.isBefore(d.createdAt().plus(ServerSettings.outboundDelayWarning()))) {
            return;
        }
        List<RecipientReport> delayed = d.pending().stream().filter(r -> r.dsn().wantsDelay())
                .map(r -> report(d, r.address(), Action.DELAYED, lastError, lastHost)).toList();
        d.delayWarningSent();
        reportTo(d, delayed);
    }

    private RecipientReport report(OutboundDelivery d, String address, Action action, String reply, String host) {
        OutboundRecipient r = d.recipients().stream().filter(x -> x.address().equals(address)).findFirst()
                .orElseThrow();
        return new RecipientReport(address, r.dsn().original(), action, StatusCodes.of(reply, action == Action.FAILED),
                reply == null ? "" : reply, host == null ? "" : host);
    }

    /** Spools one report for the recipients that asked for it; never for the null sender. */
    private void reportTo(OutboundDelivery d, List<RecipientReport> recipients) {
        List<RecipientReport> wanted = recipients.stream().filter(r -> wants(d, r)).toList();
        if (wanted.isEmpty() || d.reversePath().isEmpty()) {
            return;
        }
        reports.send(new DeliveryReports.Report(d.queueId(), d.reversePath(), d.transactionOptions().dsnEnvelopeId(),
                "FULL".equals(d.transactionOptions().dsnReturn()), d.blobKey(), d.createdAt(), d.expiresAt(), wanted));
    }

    private static boolean wants(OutboundDelivery d, RecipientReport r) {
        OutboundRecipient recipient = d.recipients().stream().filter(x -> x.address().equals(r.address()))
                .findFirst().orElseThrow();
        return r.action().wantedBy(recipient.dsn());
    }
}
