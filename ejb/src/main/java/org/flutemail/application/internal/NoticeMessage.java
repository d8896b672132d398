package org.flutemail.application.internal;

import jakarta.mail.Message;
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
 * Writes a short notice the server sends by itself: UTF-8 plain text, marked
 * {@code Auto-Submitted: auto-generated} (RFC 3834) so that automatic responders leave it alone.
 */
final class NoticeMessage {

    private static final Session SESSION = Session.getInstance(new Properties());

    record Notice(String from, String to, String subject, String body, Instant date) {
    }

    private NoticeMessage() {
    }

    static byte[] write(Notice n) {
        try {
            String domain = n.from().substring(n.from().lastIndexOf('@') + 1);
            MimeMessage m = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<notice." + UUID.randomUUID() + "@" + domain + ">");
                }
            };
            m.setFrom(new InternetAddress(n.from()));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(n.to()));
            m.setSubject(n.subject(), "UTF-8");
            m.setSentDate(Date.from(n.date()));
            m.setHeader("Auto-Submitted", "auto-generated");
            m.setText(n.body(), "UTF-8");
            m.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot write the notice to " + n.to(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
