package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.flutemail.application.DeliveryReports;
import org.flutemail.application.SpoolService;
import org.flutemail.domain.Envelope;

/**
 * Sends a delivery report (RFC 3464) to the sender it names: composed, then spooled as new mail in the
 * caller's transaction, from the null sender, so that a report that cannot be delivered is never
 * reported on in turn (RFC 3461). Outbound delivery and the pipeline's own failures both
 * report through here.
 */
@ApplicationScoped
public class DeliveryReportSpooler {

    @Inject
    DeliveryReports reports;

    @Inject
    SpoolService spool;

    @Inject
    Clock clock;

    /** Reporting-MTA and the trace name the stored host name, read at each report. */
    @Inject
    StoredSettings settings;

    public void send(DeliveryReports.Report report) {
        try {
            byte[] message = reports.compose(report);
            String host = settings.hostName();
            spool.accept(new Envelope("", List.of(report.reversePath()), clock.instant(), "127.0.0.1", host, host,
                    "LOCAL", "", "", null), new ByteArrayInputStream(message));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the delivery report for " + report.queueId(), e);
        }
    }
}
