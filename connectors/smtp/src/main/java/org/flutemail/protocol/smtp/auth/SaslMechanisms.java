package org.flutemail.protocol.smtp.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The mechanisms a server offers, in the order EHLO lists them. */
public final class SaslMechanisms {

    /** What Flute's account store uses for new passwords; the made-up SCRAM answers must match it. */
    public static final int DEFAULT_SCRAM_ITERATIONS = 100_000;

    private final Map<String, SaslMechanism> byName = new LinkedHashMap<>();

    public SaslMechanisms(List<SaslMechanism> mechanisms) {
        mechanisms.forEach(mechanism -> byName.put(mechanism.name(), mechanism));
    }

    /** SCRAM-SHA-256 first, as the strongest, then PLAIN and LOGIN for the clients that lack it. */
    public static SaslMechanisms standard(byte[] scramSecret, int scramIterations) {
        return new SaslMechanisms(List.of(new ScramSha256Mechanism(scramSecret, scramIterations),
                new PlainMechanism(), new LoginMechanism()));
    }

    public Optional<SaslMechanism> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    /** The names as the EHLO {@code AUTH} line lists them. */
    public String names() {
        return String.join(" ", byName.keySet());
    }
}
