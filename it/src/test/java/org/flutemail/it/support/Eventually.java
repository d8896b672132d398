package org.flutemail.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Polls for an outcome that the server produces asynchronously (delivery after the 250). */
public final class Eventually {

    private static final Duration INTERVAL = Duration.ofMillis(250);

    private Eventually() {
    }

    /**
     * Returns the first present value of {@code probe}; fails after {@code timeout} with
     * {@code what} and the last value of {@code lastSeen}.
     */
    public static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe, Supplier<?> lastSeen) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + "; last seen: " + lastSeen.get());
            }
            FluteServer.sleep(INTERVAL);
        }
    }
}
