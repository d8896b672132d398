package org.flutemail.protocol.smtp.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The message to send, as bytes with CRLF line ends, header section included. It must be
 * re-openable because one delivery may stream it to several hosts (a connection lost during DATA
 * means starting again at the next host); the stored blob is a natural source.
 */
public interface MessageContent {

    /** A new stream over the whole content, from its first byte. The caller closes it. */
    InputStream openStream() throws IOException;

    /** The size in bytes, used for the SIZE parameter (RFC 1870) and the server's limit. */
    long size();

    static MessageContent ofBytes(byte[] bytes) {
        byte[] copy = bytes.clone();
        return new MessageContent() {
            @Override
            public InputStream openStream() {
                return new ByteArrayInputStream(copy);
            }

            @Override
            public long size() {
                return copy.length;
            }
        };
    }

    static MessageContent ofFile(Path file) throws IOException {
        long size = Files.size(file);
        return new MessageContent() {
            @Override
            public InputStream openStream() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long size() {
                return size;
            }
        };
    }
}
