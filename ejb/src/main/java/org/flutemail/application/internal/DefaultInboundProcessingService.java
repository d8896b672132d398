package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.flutemail.application.InboundProcessingService;
import org.flutemail.application.RecipientDirectory;
import org.flutemail.domain.DeliveryOptions;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.SpoolClaims;
import org.flutemail.domain.SpoolRepository;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.builtin.LocalDelivery;
import org.flutemail.pipeline.builtin.StandardPipeline;
import org.flutemail.pipeline.engine.MailPipeline;

/**
 * Runs the pipeline for one spooled message in a database transaction of its own (REQUIRES_NEW), not
 * in the consumer's: that one then holds only the acknowledgement of the queue entry, which the
 * transaction manager commits in one phase, with no log record and no broker prepare. Processing is
 * idempotent by the spool row: claimed here ({@link SpoolClaims}: still waiting, now done, locked) and so marked in the same
 * commit as the delivery, so an entry that comes again after that commit (the acknowledgement lost in a
 * crash, a re-queue) finds it done.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DefaultInboundProcessingService implements InboundProcessingService {

    private static final Logger LOG = Logger.getLogger(DefaultInboundProcessingService.class.getName());
    private static final MailPipeline PIPELINE = StandardPipeline.create();

    @Inject
    SpoolClaims claims;

    @Inject
    SpoolRepository spool;

    @Inject
    StoredSettings settings;

    @Inject
    RecipientDirectory directory;

    @Inject
    LocalMailStore store;

    @Inject
    RemoteQueueing remote;

    @Inject
    ContentMaterializer materializer;

    @Inject
    MailetServices services;

    @Inject
    PipelineReports reports;

    @Inject
    Clock clock;

    @Override
    public void process(String queueId) {
        Optional<SpoolClaims.Claimed> claimed = claims.claim(queueId, clock.instant());
        if (claimed.isEmpty()) {
            if (spool.byQueueId(queueId).isEmpty()) {
                // A queue entry whose spool row never committed: the transaction that wrote them failed.
                LOG.warning(() -> "queue entry " + queueId + " has no spooled message; dropped");
            } else {
                LOG.fine(() -> "queue entry " + queueId + " was processed before; ignored");
            }
            return;
        }
        SpoolClaims.Claimed spooled = claimed.get();
        Envelope e = spooled.envelope();
        Mail mail = new Mail(queueId, e.reversePath(), e.recipients(),
                new Mail.Trace(e.clientAddress(), e.clientName(), e.serverName(), e.protocol(), e.tlsCipher(),
                        e.authUser(), e.receivedAt()),
                spooled.blobKey(), spooled.size());
        mail.setAttribute(DeliveryOptions.class.getName(), e.options());
        if (e.targetFolder() != null) {
            mail.setAttribute(LocalDelivery.TARGET_FOLDER, e.targetFolder());
        }
        SpoolMailetContext context = new SpoolMailetContext(settings.hostName(), clock, directory, store, remote, services,
                materializer.newRun());
        PIPELINE.run(mail, context);
        SpoolMailetContext.Outcome outcome = context.outcome();
        // Claimed as done above: only a failure changes the row again, in the same commit.
        if (outcome.failures().isEmpty()) {
            LOG.fine(() -> "processed " + queueId + ": stored for " + outcome.delivered().size() + " recipients");
        } else {
            String summary = outcome.failures().stream().map(f -> f.recipient() + ": " + f.reason())
                    .collect(Collectors.joining("; "));
            claims.failed(spooled.id(), summary, clock.instant());
            LOG.warning(() -> "processed " + queueId + " with failures: " + summary);
        }
        reports.report(spooled, outcome);
    }
}
