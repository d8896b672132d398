package org.flutemail.connector.adapter;

import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The client's side of RFC 4978 COMPRESS=DEFLATE: raw DEFLATE over the transport. Unlike an
 * {@code InflaterInputStream}, it can tell whether octets are ready without reading the transport,
 * which decides whether the connection may park: the inflater may hold input, or output from input
 * it already took.
 */
final class InflatingInput implements ClientInput {

    private static final int CHUNK = 4096;

    private final ClientInput compressed;
    private final Inflater inflater;
    private final byte[] raw = new byte[CHUNK];
    private byte[] ready;
    private int readyLength;

    InflatingInput(ClientInput compressed, Inflater inflater) {
        this.compressed = compressed;
        this.inflater = inflater;
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        if (readyLength > 0) {
            int length = Math.min(readyLength, buffer.length);
            System.arraycopy(ready, 0, buffer, 0, length);
            System.arraycopy(ready, length, ready, 0, readyLength - length);
            readyLength -= length;
            return length;
        }
        while (true) {
            int inflated = inflate(buffer, 0, buffer.length);
            if (inflated > 0) {
                return inflated;
            }
            if (inflater.finished()) {
                return -1;
            }
            int read = compressed.read(raw);
            if (read < 0) {
                return -1;
            }
            inflater.setInput(raw, 0, read);
        }
    }

    @Override
    public boolean hasBuffered() throws IOException {
        if (readyLength > 0) {
            return true;
        }
        if (ready == null) {
            ready = new byte[CHUNK];
        }
        readyLength = inflate(ready, 0, ready.length);
        return readyLength > 0 || compressed.hasBuffered();
    }

    /** Only what the inflater can give from what it has; never reads the transport. */
    private int inflate(byte[] buffer, int offset, int length) throws IOException {
        try {
            return inflater.inflate(buffer, offset, length);
        } catch (DataFormatException e) {
            throw new IOException("bad DEFLATE data from the client", e);
        }
    }
}
