package org.flutemail.application.internal;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import org.flutemail.application.ComposeViews.Attachment;
import org.flutemail.application.ComposeViews.Composition;

/**
 * Turns a draft that {@link MimeComposer} wrote back into a composition to edit: addresses and
 * subject decoded, the plain and HTML bodies, and every other part as an attachment. Pure Java.
 */
final class DraftReader {

    private static final Session SESSION = Session.getInstance(new Properties());

    private DraftReader() {
    }

    static Composition read(byte[] content) {
        try {
            MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(content));
            Bodies bodies = new Bodies();
            bodies.collect(m);
            return new Composition(addresses(m, Message.RecipientType.TO), addresses(m, Message.RecipientType.CC),
                    addresses(m, MimeMessage.RecipientType.BCC), m.getSubject() == null ? "" : m.getSubject(),
                    bodies.plain == null ? "" : bodies.plain, bodies.html, bodies.attachments,
                    m.getHeader("Disposition-Notification-To") != null, m.getHeader("In-Reply-To", " "),
                    m.getHeader("References", " "), null);
        } catch (MessagingException e) {
            throw new IllegalStateException("the draft cannot be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String addresses(MimeMessage m, Message.RecipientType type) throws MessagingException {
        Address[] found = m.getRecipients(type);
        if (found == null) {
            return "";
        }
        return Arrays.stream(found).map(a -> a instanceof InternetAddress ? ((InternetAddress) a).toUnicodeString()
                : a.toString()).collect(Collectors.joining(", "));
    }

    private static final class Bodies {
        String plain;
        String html;
        final List<Attachment> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            String type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
            if (type.startsWith("multipart/") && !attachment) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            } else if (type.equals("text/plain") && !attachment && plain == null) {
                plain = ((String) part.getContent()).replace("\r\n", "\n");
            } else if (type.equals("text/html") && !attachment && html == null) {
                html = (String) part.getContent();
            } else {
                String name = part.getFileName() == null ? "attachment" : MimeUtility.decodeText(part.getFileName());
                try (InputStream in = part.getInputStream()) {
                    attachments.add(new Attachment(name, type, in.readAllBytes()));
                }
            }
        }
    }
}
