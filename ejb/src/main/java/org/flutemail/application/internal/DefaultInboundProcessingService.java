package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.flutemail.application.InboundProcessingService;
import org.flutemail.application.RecipientDirectory;
import org.flutemail.domain.DeliveryOptions;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.SpoolRepository;
import org.flutemail.domain.SpoolState;
import org.flutemail.domain.SpooledMessage;
import org.flutemail.infrastructure.startup.ServerSettings;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.builtin.LocalDelivery;
import org.flutemail.pipeline.builtin.StandardPipeline;
import org.flutemail.pipeline.engine.MailPipeline;

@Stateless
public class DefaultInboundProcessingService implements InboundProcessingService {

    private static final Logger LOG = Logger.getLogger(DefaultInboundProcessingService.class.getName());
    private static final MailPipeline PIPELINE = StandardPipeline.create();
    private static final String SERVER_NAME = ServerSettings.hostName();

    @Inject
    SpoolRepository spool;

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
    Clock clock;

    @Override
    public void process(String queueId) {
        Optional<SpooledMessage> found = spool.lockByQueueId(queueId);
        if (found.isEmpty()) {
            // A queue entry whose spool row never committed: the transaction that wrote them failed.
            LOG.warning(() -> "queue entry " + queueId + " has no spooled message; dropped");
            return;
        }
        SpooledMessage spooled = found.get();
        if (spooled.state() != SpoolState.ACCEPTED) {
            LOG.fine(() -> "queue entry " + queueId + " was processed before; ignored");
            return;
        }
        Envelope e = spooled.envelope();
        Mail mail = new Mail(queueId, e.reversePath(), e.recipients(),
                new Mail.Trace(e.clientAddress(), e.clientName(), e.serverName(), e.protocol(), e.tlsCipher(),
                        e.authUser(), e.receivedAt()),
                spooled.blobKey(), spooled.size());
        mail.setAttribute(DeliveryOptions.class.getName(), e.options());
        if (e.targetFolder() != null) {
            mail.setAttribute(LocalDelivery.TARGET_FOLDER, e.targetFolder());
        }
        SpoolMailetContext context = new SpoolMailetContext(SERVER_NAME, clock, directory, store, remote, services,
                materializer.newRun());
        PIPELINE.run(mail, context);
        if (context.failures().isEmpty()) {
            spooled.done(clock.instant());
            LOG.info(() -> "processed " + queueId + ": stored " + context.stored() + " copies");
        } else {
            String summary = String.join("; ", context.failures());
            spooled.failed(summary, clock.instant());
            LOG.warning(() -> "processed " + queueId + " with failures: " + summary);
        }
    }
}
