package org.flutemail.protocol.smtp.content;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.flutemail.connector.api.MessageContent;

/**
 * The content of the message being received: in memory up to a threshold, then in a temporary file.
 * Everything past the size limit is counted but dropped, so a client cannot make the server hold more
 * than {@code maxSize} bytes per message, nor more than {@code memoryThreshold} of heap.
 *
 * <p>A write error (disk full) is remembered rather than thrown: the client is still sending and must
 * be read to the end of DATA before it can be told {@code 452}.
 *
 * <p>{@link #close()} deletes the file; the owner calls it when the listener has returned or the
 * connection died. One instance per message, used by one thread.
 */
public final class SpooledContent implements AutoCloseable {

    private final long maxSize;
    private final int memoryThreshold;
    private final Path spoolDirectory;
    private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;
    private long received;
    private IOException failure;

    public SpooledContent(long maxSize, int memoryThreshold, Path spoolDirectory) {
        this.maxSize = maxSize;
        this.memoryThreshold = memoryThreshold;
        this.spoolDirectory = spoolDirectory;
    }

    public void write(byte[] bytes, int offset, int length) {
        long room = Math.max(0, maxSize - received);
        received += length;
        int kept = (int) Math.min(room, length);
        if (kept == 0 || failure != null) {
            return;
        }
        try {
            if (fileOut == null && memory.size() + kept > memoryThreshold) {
                spill();
            }
            if (fileOut != null) {
                fileOut.write(bytes, offset, kept);
            } else {
                memory.write(bytes, offset, kept);
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    private void spill() throws IOException {
        file = Files.createTempFile(spoolDirectory, "flute-smtp-", ".eml");
        fileOut = new BufferedOutputStream(Files.newOutputStream(file));
        memory.writeTo(fileOut);
        memory.reset();
    }

    /** Octets the client sent, including any dropped past the limit. */
    public long received() {
        return received;
    }

    public boolean exceededLimit() {
        return received > maxSize;
    }

    public boolean failed() {
        return failure != null;
    }

    public boolean isSpooledToFile() {
        return file != null;
    }

    /** The kept content, readable until {@link #close()}; only meaningful when nothing was dropped. */
    public MessageContent finish() {
        try {
            if (fileOut != null) {
                fileOut.close();
            }
        } catch (IOException e) {
            failure = e;
        }
        if (failure != null || exceededLimit()) {
            throw new IllegalStateException("content is incomplete", failure);
        }
        return file != null ? new FileContent(file, received) : new MemoryContent(memory.toByteArray());
    }

    @Override
    public void close() {
        try {
            if (fileOut != null) {
                fileOut.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete spool file " + file, e);
        } finally {
            fileOut = null;
            file = null;
            memory.reset();
        }
    }

    private record MemoryContent(byte[] bytes) implements MessageContent {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream openStream() {
            return new ByteArrayInputStream(bytes);
        }
    }

    private record FileContent(Path path, long size) implements MessageContent {
        @Override
        public InputStream openStream() throws IOException {
            return Files.newInputStream(path);
        }
    }
}
