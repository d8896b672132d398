package org.flutemail.application.internal;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;

/**
 * Writes a short notice the server sends by itself: UTF-8 plain text, marked
 * {@code Auto-Submitted: auto-generated} (RFC 3834) so that automatic responders leave it alone.
 */
final class NoticeMessage {

    record Notice(String from, String to, String subject, String body, Instant date) {
    }

    private NoticeMessage() {
    }

    static byte[] write(Notice n) {
        try {
            MimeMessage m = ServerWrittenMessages.create("notice", n.from().substring(n.from().lastIndexOf('@') + 1));
            m.setFrom(new InternetAddress(n.from()));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(n.to()));
            m.setSubject(n.subject(), "UTF-8");
            m.setSentDate(Date.from(n.date()));
            m.setHeader("Auto-Submitted", "auto-generated");
            m.setText(n.body(), "UTF-8");
            return ServerWrittenMessages.bytes(m);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot write the notice to " + n.to(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
