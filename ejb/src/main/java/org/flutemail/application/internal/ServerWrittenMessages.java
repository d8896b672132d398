package org.flutemail.application.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import java.util.UUID;

/**
 * The frame of a message the server writes by itself (an automatic reply, a sign-up notice): a
 * Message-ID of its own kind under the sending domain, rather than JavaMail's, which would name the
 * local host; and the finished message as bytes for the spool.
 */
final class ServerWrittenMessages {

    private static final Session SESSION = Session.getInstance(new Properties());

    private ServerWrittenMessages() {
    }

    /** An empty message whose Message-ID will be {@code <kind.random@domain>}. */
    static MimeMessage create(String kind, String domain) {
        return new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + kind + "." + UUID.randomUUID() + "@" + domain + ">");
            }
        };
    }

    static byte[] bytes(MimeMessage message) throws MessagingException, IOException {
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
