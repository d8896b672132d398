package org.flutemail.protocol.smtp.client.transport;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A socket stream whose every write and flush runs under a {@link WriteGuard}. */
final class GuardedOutputStream extends FilterOutputStream {

    private final WriteGuard guard;
    private final Runnable onTimeout;

    GuardedOutputStream(OutputStream out, WriteGuard guard, Runnable onTimeout) {
        super(out);
        this.guard = guard;
        this.onTimeout = onTimeout;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try (WriteGuard.Armed armed = guard.arm(onTimeout)) {
            out.write(bytes, offset, length);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
        try (WriteGuard.Armed armed = guard.arm(onTimeout)) {
            out.flush();
        }
    }
}
