package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.flutemail.application.OutboundQueue;
import org.flutemail.domain.DeliveryOptions;
import org.flutemail.domain.OutboundDelivery;
import org.flutemail.domain.OutboundRecipient;
import org.flutemail.domain.OutboundRepository;
import org.flutemail.infrastructure.startup.ServerSettings;
import org.flutemail.pipeline.Mail;

/**
 * Turns a mail for other domains into outbound deliveries: one per destination domain, so that each
 * goes to that domain's servers in one SMTP transaction, and queues the first attempt of each.
 */
@ApplicationScoped
public class RemoteQueueing {

    private static final Logger LOG = Logger.getLogger(RemoteQueueing.class.getName());

    @Inject
    ContentMaterializer materializer;

    @Inject
    OutboundRepository outbound;

    @Inject
    OutboundQueue queue;

    public void queue(ContentMaterializer.Run run, Mail mail, Instant now) {
        DeliveryOptions options = mail.attribute(DeliveryOptions.class.getName(), DeliveryOptions.class)
                .orElse(DeliveryOptions.none());
        ContentMaterializer.Materialized content = materializer.materialize(run, mail);
        Duration lifetime = ServerSettings.outboundLifetime();
        for (Map.Entry<String, List<String>> group : byDomain(mail.recipients()).entrySet()) {
            List<OutboundRecipient> recipients = new ArrayList<>();
            for (String address : group.getValue()) {
                recipients.add(new OutboundRecipient(address, options.forRecipient(address)));
            }
            OutboundDelivery delivery = new OutboundDelivery(mail.queueId(), group.getKey(), mail.reversePath(),
                    recipients, content.key().value(), content.size(), options, now, lifetime);
            outbound.add(delivery);
            queue.enqueue(delivery.id(), 0, Duration.ZERO);
            LOG.info(() -> "queued " + mail.queueId() + " for " + group.getKey() + " (" + recipients.size()
                    + " recipients) as outbound delivery " + delivery.id());
        }
    }

    static Map<String, List<String>> byDomain(List<String> recipients) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String r : recipients) {
            String domain = r.substring(r.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
            groups.computeIfAbsent(domain, d -> new ArrayList<>()).add(r);
        }
        return groups;
    }
}
