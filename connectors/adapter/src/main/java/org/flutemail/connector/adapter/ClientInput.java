package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/**
 * Where a connection reads its client's octets, and whether a read would return without waiting: a
 * connection with nothing buffered anywhere is parked instead of blocking its thread in a read.
 */
interface ClientInput {

    /** Reads at least one octet, waiting for the client if need be; -1 at the end of the stream. */
    int read(byte[] buffer) throws IOException;

    /** Whether octets are already here: in the kernel, in the TLS layer, or in a decompressor. */
    boolean hasBuffered() throws IOException;

    /**
     * The socket's own stream, or the TLS layer's over it. The TLS layer reads whole records and keeps
     * only decrypted data, so what it has is its {@code available()} and what it has not yet read is the
     * plain socket's.
     */
    static ClientInput of(Socket transport, Socket plain) throws IOException {
        InputStream in = transport.getInputStream();
        InputStream raw = transport == plain ? in : plain.getInputStream();
        return new ClientInput() {
            @Override
            public int read(byte[] buffer) throws IOException {
                return in.read(buffer);
            }

            @Override
            public boolean hasBuffered() throws IOException {
                return (in != raw && in.available() > 0) || raw.available() > 0;
            }
        };
    }
}
