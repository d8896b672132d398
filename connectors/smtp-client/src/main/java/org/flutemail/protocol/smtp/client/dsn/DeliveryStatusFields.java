package org.flutemail.protocol.smtp.client.dsn;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The body of the {@code message/delivery-status} part (RFC 3464 section 2): per-message fields,
 * then one block per recipient, each block ended by an empty line. Values that come from remote
 * servers are stripped of control characters and shortened, so that a hostile reply can neither add
 * fields nor exceed the 998-byte line limit.
 */
final class DeliveryStatusFields {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_VALUE = 900;

    private DeliveryStatusFields() {
    }

    static String render(String reportingMta, OriginalEnvelope envelope, List<RecipientReport> reports) {
        StringBuilder out = new StringBuilder();
        field(out, "Reporting-MTA", "dns; " + reportingMta);
        if (envelope.envelopeId() != null) {
            field(out, "Original-Envelope-Id", envelope.envelopeId());
        }
        if (envelope.arrivalDate() != null) {
            field(out, "Arrival-Date", DATE.format(envelope.arrivalDate()));
        }
        for (RecipientReport report : reports) {
            out.append("\r\n");
            field(out, "Final-Recipient", addressType(report.finalRecipient()) + "; " + report.finalRecipient());
            if (report.originalRecipient() != null) {
                field(out, "Original-Recipient", addressType(report.originalRecipient()) + "; " + report.originalRecipient());
            }
            field(out, "Action", report.action().fieldValue());
            field(out, "Status", report.status());
            if (report.remoteMta() != null) {
                field(out, "Remote-MTA", "dns; " + report.remoteMta());
            }
            if (report.diagnosticCode() != null) {
                field(out, "Diagnostic-Code", report.diagnosticCode());
            }
            date(out, "Last-Attempt-Date", report.lastAttemptDate());
            date(out, "Will-Retry-Until", report.willRetryUntil());
        }
        return out.toString();
    }

    /** RFC 6533: a non-ASCII address is of type utf-8, not rfc822. */
    private static String addressType(String address) {
        return address.chars().allMatch(c -> c < 0x80) ? "rfc822" : "utf-8";
    }

    private static void date(StringBuilder out, String name, Instant value) {
        if (value != null) {
            field(out, name, DATE.format(value));
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(clean(value)).append("\r\n");
    }

    static String clean(String value) {
        String printable = value.replaceAll("[\\x00-\\x1f\\x7f]", " ");
        return printable.length() > MAX_VALUE ? printable.substring(0, MAX_VALUE) + "..." : printable;
    }
}
