package org.flutemail.application.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

/**
 * The content of a broadcast notice: a plain-text UTF-8 message from the postmaster of the domain it
 * speaks for, to "undisclosed recipients" (the recipients are in the envelope only, so a notice to ten
 * thousand accounts does not carry ten thousand addresses in its header).
 */
final class BroadcastMessages {

    private static final Session SESSION = Session.getInstance(new Properties());

    private BroadcastMessages() {
    }

    static byte[] notice(String from, String subject, String body, Instant date, String hostName) {
        try {
            MimeMessage message = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<broadcast." + UUID.randomUUID() + "@" + hostName + ">");
                }
            };
            message.setFrom(new InternetAddress(from));
            message.setHeader("To", "undisclosed-recipients:;");
            message.setSubject(subject, "UTF-8");
            message.setSentDate(Date.from(date));
            message.setText(body, "UTF-8");
            message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no vacation replies to a notice
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalArgumentException("cannot build the notice: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
