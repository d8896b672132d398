package org.flutemail.it.support;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** Finds the delivery status notifications (RFC 3464) the server sent to a local account. */
public final class DeliveryReportProbe {

    private final FluteApi api;
    private final Duration wait;

    public DeliveryReportProbe(FluteApi api, Duration wait) {
        this.api = api;
        this.wait = wait;
    }

    /** Waits for a report with this action ({@code failed}, {@code delayed}) in the account's INBOX; its status part. */
    public String awaitReport(String account, String action) {
        return Eventually.await("a report with Action: " + action + " in " + account, wait, () -> {
            for (MessageSummary m : api.messages(account, "INBOX")) {
                Optional<String> status = statusPart(api.content(account, "INBOX", m.uid()));
                if (status.isPresent() && status.get().toLowerCase(Locale.ROOT).contains("action: " + action)) {
                    return status;
                }
            }
            return Optional.empty();
        }, () -> api.messages(account, "INBOX"));
    }

    /** The message/delivery-status part of a report's octets; empty when the message is no report. */
    public static Optional<String> statusPart(byte[] message) {
        try {
            MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(message));
            if (!(parsed.getContent() instanceof MimeMultipart parts)) {
                return Optional.empty();
            }
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("message/delivery-status")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    parts.getBodyPart(i).getInputStream().transferTo(out);
                    return Optional.of(out.toString(StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            throw new AssertionError("unreadable message", e);
        }
    }
}
