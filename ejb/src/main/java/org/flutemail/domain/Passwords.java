package org.flutemail.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA256 (see {@link SaltedPassword} for why this form).
 *
 * <p>The iteration count is stored per password, so it can be raised later without locking anybody
 * out: old hashes keep verifying with their own count.
 */
public final class Passwords {

    /** Cost of a new hash. Each HTTP Basic request verifies once, so this balances safety and latency. */
    public static final int DEFAULT_ITERATIONS = 100_000;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final int MIN_LENGTH = 8;
    private static final int MAX_LENGTH = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static SaltedPassword hash(String password) {
        checkStrength(password);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, DEFAULT_ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        return new SaltedPassword(b64.encodeToString(hash), b64.encodeToString(salt), DEFAULT_ITERATIONS);
    }

    public static boolean matches(String password, SaltedPassword stored) {
        if (password == null || password.isEmpty() || password.length() > MAX_LENGTH) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(stored.hash());
        byte[] actual = pbkdf2(password, b64.decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    /** A password Flute will store: long enough to resist guessing, short enough not to be a DoS. */
    public static void checkStrength(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new WeakPasswordException("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new WeakPasswordException("a password may have at most " + MAX_LENGTH + " characters");
        }
    }

    /** A random password for accounts created by the system, printable and free of look-alike characters. */
    public static String generate(int length) {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** RFC 5802 Hi(): the SCRAM SaltedPassword, which is PBKDF2 with one output block. */
    static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
