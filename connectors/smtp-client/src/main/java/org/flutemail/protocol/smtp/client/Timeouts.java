package org.flutemail.protocol.smtp.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait for each step, with RFC 5321 section 4.5.3.2's minimums as defaults. They are
 * long because a busy server may legitimately be slow, and giving up early causes duplicate
 * deliveries (section 6.1). Tests lower them to make a silent server fail fast.
 *
 * @param connect         TCP connect (and the TLS handshake); not in the RFC
 * @param greeting        the 220 greeting, also EHLO, STARTTLS, AUTH and QUIT replies
 * @param mail            the MAIL reply
 * @param rcpt            each RCPT reply
 * @param dataInitiation  the 354 reply to DATA
 * @param dataBlock       each write of content while the server reads it
 * @param dataTermination the reply after the final dot
 */
public record Timeouts(Duration connect, Duration greeting, Duration mail, Duration rcpt,
                       Duration dataInitiation, Duration dataBlock, Duration dataTermination) {

    /** RFC 5321 values; connect one minute. */
    public static final Timeouts RFC_5321 = new Timeouts(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(2), Duration.ofMinutes(3),
            Duration.ofMinutes(10));

    public Timeouts {
        for (Duration d : new Duration[] {connect, greeting, mail, rcpt, dataInitiation, dataBlock, dataTermination}) {
            Objects.requireNonNull(d, "timeout");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive");
            }
        }
    }

    /** Every step the same timeout: for tests. */
    public static Timeouts all(Duration timeout) {
        return new Timeouts(timeout, timeout, timeout, timeout, timeout, timeout, timeout);
    }
}
