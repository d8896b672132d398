package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A password as stored: PBKDF2-HMAC-SHA256 of the password with a per-user random salt and an
 * iteration count, all Base64. This is exactly the SCRAM-SHA-256 "SaltedPassword" (RFC 5802 Hi()),
 * which lets the application server's realm verify HTTP logins from the same columns and leaves the
 * door open to SCRAM authentication in SMTP and IMAP without knowing the clear password.
 */
@Embeddable
public class SaltedPassword {

    @Column(name = "password_hash", nullable = false)
    private String hash;

    @Column(name = "password_salt", nullable = false)
    private String salt;

    @Column(name = "password_iterations", nullable = false)
    private int iterations;

    protected SaltedPassword() {
    }

    public SaltedPassword(String hash, String salt, int iterations) {
        this.hash = Objects.requireNonNull(hash);
        this.salt = Objects.requireNonNull(salt);
        this.iterations = iterations;
    }

    public String hash() {
        return hash;
    }

    public String salt() {
        return salt;
    }

    public int iterations() {
        return iterations;
    }
}
