package org.flutemail.infrastructure.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.flutemail.application.DeliveryReports;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.application.internal.StoredSettings;
import org.flutemail.protocol.smtp.client.MessageContent;
import org.flutemail.protocol.smtp.client.ReturnContent;
import org.flutemail.protocol.smtp.client.dsn.BounceMessageBuilder;
import org.flutemail.protocol.smtp.client.dsn.BounceTexts;
import org.flutemail.protocol.smtp.client.dsn.DsnAction;
import org.flutemail.protocol.smtp.client.dsn.OriginalEnvelope;

/** {@link DeliveryReports} written by the SMTP client module's RFC 3464 builder. */
@ApplicationScoped
public class BounceReports implements DeliveryReports {

    @Inject
    BlobStore blobs;

    @Inject
    Clock clock;

    /** From: MAILER-DAEMON@, Reporting-MTA and the Message-ID name the stored host name, as the SMTP greeting does. */
    @Inject
    StoredSettings settings;

    @Override
    public byte[] compose(Report report) throws IOException {
        BounceMessageBuilder builder = new BounceMessageBuilder(settings.hostName(), BounceTexts.ENGLISH, clock);
        OriginalEnvelope envelope = new OriginalEnvelope(report.reversePath(),
                report.envelopeId().isEmpty() ? null : report.envelopeId(),
                report.returnFull() ? ReturnContent.FULL : ReturnContent.HDRS, report.arrival());
        List<org.flutemail.protocol.smtp.client.dsn.RecipientReport> recipients = report.recipients().stream()
                .map(r -> new org.flutemail.protocol.smtp.client.dsn.RecipientReport(
                r.address(), original(r.original()),
                dsnAction(r.action()), r.status(), r.diagnostic().isEmpty() ? null : "smtp; " + r.diagnostic(),
                r.remoteHost().isEmpty() ? null : r.remoteHost(), clock.instant(),
                r.action() == Action.DELAYED ? report.retryUntil() : null,
                r.diagnostic().isEmpty() ? explanation(r.action()) : r.diagnostic())).toList();
        BlobKey key = new BlobKey(report.originalBlobKey());
        long size = blobs.size(key);
        return builder.build(envelope, recipients, new MessageContent() {
            @Override
            public InputStream openStream() throws IOException {
                return blobs.open(key);
            }

            @Override
            public long size() {
                return size;
            }
        });
    }

    private static DsnAction dsnAction(Action action) {
        return switch (action) {
            case FAILED -> DsnAction.FAILED;
            case DELAYED -> DsnAction.DELAYED;
            case DELIVERED -> DsnAction.DELIVERED;
            case RELAYED -> DsnAction.RELAYED;
            case EXPANDED -> DsnAction.EXPANDED;
        };
    }

    /** The human-readable line for a recipient no server's reply describes. */
    private static String explanation(Action action) {
        return switch (action) {
            case FAILED, DELAYED -> "no answer from the receiving server";
            case DELIVERED -> "delivered to the mailbox";
            case RELAYED -> "handed on to a server that does not report delivery";
            case EXPANDED -> "handed on to the addresses this one stands for";
        };
    }

    private static String original(String orcpt) {
        if (orcpt == null || orcpt.isEmpty()) {
            return null;
        }
        return orcpt.regionMatches(true, 0, "rfc822;", 0, 7) ? orcpt.substring(7) : orcpt;
    }
}
