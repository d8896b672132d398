package org.flutemail.protocol.smtp.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * RFC 7677 SCRAM-SHA-256 without channel binding: the password never crosses the wire and the store
 * keeps only StoredKey and ServerKey. Unknown users get made-up credentials (see
 * {@link FakeScramCredentials}), so the exchange does not reveal who exists.
 */
public final class ScramSha256Mechanism implements SaslMechanism {

    /** 18 random octets: 144 bits, printable and comma-free once in base64. */
    private static final int NONCE_OCTETS = 18;

    private final Supplier<String> serverNonces;
    private final FakeScramCredentials unknownUsers;

    /**
     * @param fakeSecret     keys the made-up salts of unknown users; keep it stable across restarts
     * @param fakeIterations the iteration count real accounts use
     */
    public ScramSha256Mechanism(byte[] fakeSecret, int fakeIterations) {
        this(fakeSecret, fakeIterations, randomNonces());
    }

    /** With a chosen nonce source, for the RFC test vector. */
    public ScramSha256Mechanism(byte[] fakeSecret, int fakeIterations, Supplier<String> serverNonces) {
        this.unknownUsers = new FakeScramCredentials(fakeSecret, fakeIterations);
        this.serverNonces = serverNonces;
    }

    private static Supplier<String> randomNonces() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] nonce = new byte[NONCE_OCTETS];
            random.nextBytes(nonce);
            return Base64.getEncoder().encodeToString(nonce);
        };
    }

    @Override
    public String name() {
        return "SCRAM-SHA-256";
    }

    @Override
    public SaslExchange start(Authenticator authenticator) {
        return new ScramExchange(authenticator, unknownUsers, serverNonces.get());
    }
}
