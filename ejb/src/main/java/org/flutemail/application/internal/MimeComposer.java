package org.flutemail.application.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.flutemail.application.ComposeViews.Attachment;
import org.flutemail.application.ComposeViews.Composition;

/**
 * Writes a composition as an Internet message with Jakarta Mail: headers in RFC 2047 encoded words
 * (UTF-8) where they are not ASCII, bodies in UTF-8 with a 7-bit transfer encoding, rich text as
 * multipart/alternative with its plain-text twin first, attachments in multipart/mixed. Pure Java.
 */
final class MimeComposer {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String UTF8 = "UTF-8";

    /** Who writes, and when, under which id. */
    record Origin(String address, String displayName, String messageId, Instant date) {
    }

    private MimeComposer() {
    }

    /**
     * The message as bytes. {@code withBcc}: keep the Bcc header (for Drafts and Sent, never for what
     * is submitted).
     */
    static byte[] write(Composition c, Origin origin, boolean withBcc) {
        try {
            MimeMessage m = new FixedIdMessage(origin.messageId());
            m.setFrom(address(origin));
            setRecipients(m, jakarta.mail.Message.RecipientType.TO, c.to());
            setRecipients(m, jakarta.mail.Message.RecipientType.CC, c.cc());
            if (withBcc) {
                setRecipients(m, jakarta.mail.Message.RecipientType.BCC, c.bcc());
            }
            m.setSubject(c.subject() == null ? "" : c.subject(), UTF8);
            m.setSentDate(Date.from(origin.date()));
            if (c.inReplyTo() != null && !c.inReplyTo().isBlank()) {
                m.setHeader("In-Reply-To", c.inReplyTo());
            }
            if (c.references() != null && !c.references().isBlank()) {
                m.setHeader("References", MimeUtility.fold(12, c.references()));
            }
            if (c.readReceipt()) {
                m.setHeader("Disposition-Notification-To", address(origin).toString());
            }
            fill(m, c);
            m.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot write the message", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(MimeMessage m, Composition c) throws MessagingException {
        List<Attachment> attachments = c.attachments();
        if (attachments.isEmpty()) {
            if (c.html() == null) {
                m.setText(text(c), UTF8);
            } else {
                m.setContent(alternative(c));
            }
            return;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        if (c.html() == null) {
            body.setText(text(c), UTF8);
        } else {
            body.setContent(alternative(c));
        }
        mixed.addBodyPart(body);
        for (Attachment a : attachments) {
            mixed.addBodyPart(attachment(a));
        }
        m.setContent(mixed);
    }

    private static MimeMultipart alternative(Composition c) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text(c), UTF8);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(c.html(), UTF8, "html");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        return alternative;
    }

    private static MimeBodyPart attachment(Attachment a) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        String type = a.contentType() == null || a.contentType().isBlank() ? "application/octet-stream"
                : a.contentType();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.data(), type)));
        try {
            part.setFileName(MimeUtility.encodeText(a.fileName(), UTF8, null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        if (type.equalsIgnoreCase("message/rfc822")) {
            // RFC 2046 5.2.1: a message/rfc822 part is never base64 or quoted-printable.
            part.setHeader("Content-Transfer-Encoding", sevenBit(a.data()) ? "7bit" : "8bit");
        }
        return part;
    }

    /** Whether the content is 7-bit: a forwarded message that is not makes the whole one 8BITMIME. */
    static boolean sevenBit(byte[] content) {
        for (byte b : content) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(Composition c) {
        String text = c.plainText() == null ? "" : c.plainText();
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    private static void setRecipients(MimeMessage m, jakarta.mail.Message.RecipientType type, String list)
            throws MessagingException {
        List<InternetAddress> addresses = AddressLists.parse(list);
        if (!addresses.isEmpty()) {
            m.setRecipients(type, addresses.toArray(new InternetAddress[0]));
        }
    }

    private static InternetAddress address(Origin origin) {
        try {
            return origin.displayName() == null || origin.displayName().isBlank()
                    ? new InternetAddress(origin.address())
                    : new InternetAddress(origin.address(), origin.displayName(), UTF8);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("the account's address " + origin.address() + " is not valid", e);
        }
    }

    /** A message whose Message-ID is the one we chose, not one Jakarta Mail makes up in saveChanges. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(String messageId) {
            super(SESSION);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
