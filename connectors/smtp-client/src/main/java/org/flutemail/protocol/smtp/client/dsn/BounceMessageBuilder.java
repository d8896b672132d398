package org.flutemail.protocol.smtp.client.dsn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.flutemail.protocol.smtp.client.MessageContent;
import org.flutemail.protocol.smtp.client.ReturnContent;

/**
 * Writes a delivery status notification (RFC 3464 inside an RFC 6522 {@code multipart/report}):
 * the notice for people, the machine-readable {@code message/delivery-status}, and the original
 * message whole ({@code message/rfc822}, RET=FULL) or its header section ({@code text/rfc822-headers},
 * RET=HDRS or none given). It is {@code Auto-Submitted: auto-replied} (RFC 3834) so that vacation
 * responders stay quiet, and must be sent with the null reverse-path.
 */
public final class BounceMessageBuilder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String reportingMta;
    private final BounceTexts texts;
    private final Clock clock;

    /**
     * @param reportingMta Flute's host name, used in From, Reporting-MTA and Message-ID
     * @param texts        the language of the human-readable part
     */
    public BounceMessageBuilder(String reportingMta, BounceTexts texts, Clock clock) {
        this.reportingMta = Objects.requireNonNull(reportingMta, "reportingMta");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The complete message, CRLF line ends, ready to be queued for {@code envelope.returnAddress()}. */
    public byte[] build(OriginalEnvelope envelope, List<RecipientReport> reports, MessageContent original) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one recipient");
        }
        BounceTexts.Kind kind = kindOf(reports);
        String boundary = "=_flute_dsn_" + HexFormat.of().formatHex(randomBytes());
        byte[] originalBytes = readAll(original);
        boolean full = envelope.ret() == ReturnContent.FULL;

        ByteArrayOutputStream out = new ByteArrayOutputStream(originalBytes.length + 4096);
        ascii(out, "From: Mail Delivery System <MAILER-DAEMON@" + reportingMta + ">\r\n"
                + "To: <" + envelope.returnAddress() + ">\r\n"
                + "Subject: " + texts.subject(kind) + "\r\n"
                + "Date: " + DeliveryStatusFields.DATE.format(clock.instant()) + "\r\n"
                + "Message-ID: <" + clock.millis() + "." + HexFormat.of().formatHex(randomBytes()) + "@" + reportingMta + ">\r\n"
                + "Auto-Submitted: auto-replied\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"" + boundary + "\"\r\n"
                + "\r\n"
                + "This is a MIME-encapsulated message.\r\n"
                + "\r\n--" + boundary + "\r\n"
                + "Content-Type: text/plain; charset=" + texts.charset().name().toLowerCase(java.util.Locale.ROOT) + "\r\n"
                + "Content-Description: Notification\r\n"
                + "Content-Transfer-Encoding: " + (texts.charset().equals(StandardCharsets.US_ASCII) ? "7bit" : "8bit") + "\r\n\r\n");
        out.writeBytes(humanReadable(kind, reports).getBytes(texts.charset()));
        ascii(out, "\r\n--" + boundary + "\r\n"
                + "Content-Type: message/delivery-status\r\n"
                + "Content-Description: Delivery report\r\n\r\n");
        out.writeBytes(DeliveryStatusFields.render(reportingMta, envelope, reports).getBytes(StandardCharsets.UTF_8));
        ascii(out, "\r\n--" + boundary + "\r\n"
                + "Content-Type: " + (full ? "message/rfc822" : "text/rfc822-headers") + "\r\n"
                + "Content-Description: " + returnedDescription(kind, full) + "\r\n"
                + (isSevenBit(originalBytes) ? "" : "Content-Transfer-Encoding: 8bit\r\n")
                + "\r\n");
        byte[] returned = full ? originalBytes : OriginalHeaders.of(originalBytes);
        out.writeBytes(returned);
        if (returned.length < 2 || returned[returned.length - 2] != '\r' || returned[returned.length - 1] != '\n') {
            ascii(out, "\r\n");
        }
        ascii(out, "\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private String humanReadable(BounceTexts.Kind kind, List<RecipientReport> reports) {
        StringBuilder text = new StringBuilder(texts.introduction(kind, reportingMta)).append("\r\n\r\n");
        for (RecipientReport report : reports) {
            text.append("<").append(report.finalRecipient()).append(">: ")
                    .append(DeliveryStatusFields.clean(report.explanation())).append("\r\n");
        }
        return text.toString();
    }

    private static String returnedDescription(BounceTexts.Kind kind, boolean full) {
        String what = kind == BounceTexts.Kind.SUCCESS ? "Delivered Message" : "Undelivered Message";
        return full ? what : what + " Headers";
    }

    private static BounceTexts.Kind kindOf(List<RecipientReport> reports) {
        if (reports.stream().anyMatch(r -> r.action() == DsnAction.FAILED)) {
            return BounceTexts.Kind.FAILURE;
        }
        if (reports.stream().anyMatch(r -> r.action() == DsnAction.DELAYED)) {
            return BounceTexts.Kind.DELAY;
        }
        return BounceTexts.Kind.SUCCESS;
    }

    private static byte[] readAll(MessageContent content) {
        try (InputStream in = content.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the original message", e);
        }
    }

    private static boolean isSevenBit(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
