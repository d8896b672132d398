package org.flutemail.application.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Writes an automatic reply (RFC 3834 section 3): {@code Auto-Submitted: auto-replied}, the original's
 * Message-ID in {@code In-Reply-To} and {@code References}, from the account to the envelope sender,
 * in UTF-8.
 */
final class AutoReplyMessage {

    /**
     * @param original the original's Message-ID and References, as written (either may be null)
     */
    record Reply(String account, String displayName, String to, String subject, String body, String inReplyTo,
            String references, Instant date) {
    }

    private AutoReplyMessage() {
    }

    static byte[] write(Reply r) throws IOException {
        try {
            String domain = r.account().substring(r.account().lastIndexOf('@') + 1);
            MimeMessage m = ServerWrittenMessages.create("auto-reply", domain);
            m.setFrom(new InternetAddress(r.account(), r.displayName(), "UTF-8"));
            m.setRecipients(jakarta.mail.Message.RecipientType.TO, List.of(new InternetAddress(r.to()))
                    .toArray(new InternetAddress[0]));
            m.setSubject(r.subject(), "UTF-8");
            m.setSentDate(Date.from(r.date()));
            m.setHeader("Auto-Submitted", "auto-replied");
            if (r.inReplyTo() != null) {
                m.setHeader("In-Reply-To", r.inReplyTo());
                m.setHeader("References", r.references() == null ? r.inReplyTo()
                        : r.references() + " " + r.inReplyTo());
            }
            m.setText(r.body(), "UTF-8");
            return ServerWrittenMessages.bytes(m);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is part of every Java runtime", e);
        } catch (MessagingException e) {
            throw new IOException("cannot write the automatic reply to " + r.to(), e);
        }
    }
}
