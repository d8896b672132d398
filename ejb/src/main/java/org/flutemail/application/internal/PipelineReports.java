package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.flutemail.application.DeliveryReports;
import org.flutemail.application.DeliveryReports.Action;
import org.flutemail.application.DeliveryReports.RecipientReport;
import org.flutemail.domain.DeliveryOptions;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.RecipientDsn;
import org.flutemail.domain.SpoolClaims;

/**
 * What the sender of an accepted message is told of one pipeline run, in one report (RFC 3464):
 * the recipients it could not deliver to (a mailbox full or suspended since RCPT, an alias that
 * loops, a list that refuses the post), when their NOTIFY asks for failures, as it does unless it
 * says otherwise; the recipients stored in a local mailbox whose NOTIFY asks for success; and the
 * aliases with several targets whose NOTIFY asks for success ("expanded", ResolveAliases). Never
 * to the null sender. Accepting a message is a promise to deliver it or say why not (RFC 5321
 * section 6.1); the success report is what a DSN server owes at final delivery (RFC 3461).
 */
@ApplicationScoped
public class PipelineReports {

    private static final String SUCCESS_STATUS = "2.0.0";

    @Inject
    DeliveryReportSpooler spooler;

    void report(SpoolClaims.Claimed message, SpoolMailetContext.Outcome outcome) {
        Envelope envelope = message.envelope();
        if (envelope.reversePath().isEmpty()) {
            return;
        }
        DeliveryOptions options = envelope.options();
        List<RecipientReport> wanted = new ArrayList<>();
        for (SpoolMailetContext.Failure f : outcome.failures()) {
            addIfWanted(wanted, options, f.recipient(), Action.FAILED, f.status(),
                    replyCode(f.status()) + " " + f.status() + " " + f.reason());
        }
        for (String recipient : outcome.delivered()) {
            addIfWanted(wanted, options, recipient, Action.DELIVERED, SUCCESS_STATUS, "");
        }
        for (String alias : outcome.expanded()) {
            addIfWanted(wanted, options, alias, Action.EXPANDED, SUCCESS_STATUS, "");
        }
        if (wanted.isEmpty()) {
            return;
        }
        spooler.send(new DeliveryReports.Report(message.queueId(), envelope.reversePath(), options.dsnEnvelopeId(),
                "FULL".equals(options.dsnReturn()), message.blobKey(), envelope.receivedAt(), null, wanted));
    }

    private static void addIfWanted(List<RecipientReport> wanted, DeliveryOptions options, String recipient,
            Action action, String status, String diagnostic) {
        RecipientDsn dsn = options.forRecipient(recipient);
        if (action.wantedBy(dsn)) {
            wanted.add(new RecipientReport(recipient, dsn.original(), action, status, diagnostic, ""));
        }
    }

    /** The SMTP reply a receiving server would have given for this status, for the Diagnostic-Code field. */
    static int replyCode(String status) {
        return switch (status) {
            case "5.2.2", "5.3.4" -> 552;
            case "5.1.1", "5.2.1", "5.7.1" -> 550;
            default -> 554;
        };
    }
}
