package org.flutemail.infrastructure.migration;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fetched message in a temporary file, deleted when its stream is closed: old mailboxes hold
 * attachments of hundreds of megabytes, which must not pass through the heap.
 */
final class TemporaryContent {

    private TemporaryContent() {
    }

    /** Downloads the message as the server has it (IMAP BODY.PEEK[], POP3 RETR). */
    static InputStream fetch(Message message, String what) throws IOException {
        Path file = Files.createTempFile("flute-migration-", ".eml");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            } catch (MessagingException e) {
                throw MailSessions.failure("cannot " + what + " the message", e);
            }
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536);
            return new FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        Files.deleteIfExists(file);
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
