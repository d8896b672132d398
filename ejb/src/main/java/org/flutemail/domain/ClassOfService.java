package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named template of limits and access that accounts are given (directly or through their domain's
 * default): a quota, the largest message, and which protocols and agents they may use.
 */
@Entity
@Table(name = "class_of_service")
public class ClassOfService {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "quota_bytes")
    private Long quotaBytes;

    @Column(name = "max_message_bytes")
    private Long maxMessageBytes;

    @Column(name = "allow_pop3", nullable = false)
    private boolean pop3;

    @Column(name = "allow_imap", nullable = false)
    private boolean imap;

    @Column(name = "allow_webmail", nullable = false)
    private boolean webmail;

    @Column(name = "allow_smtp", nullable = false)
    private boolean smtp;

    @Column(name = "allow_fetch", nullable = false)
    private boolean fetch;

    @Column(name = "allow_forwarding", nullable = false)
    private boolean forwarding;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ClassOfService() {
    }

    public ClassOfService(String name, Instant now) {
        this.name = normalizeName(name);
        this.createdAt = now;
        grant(EnumSet.allOf(Access.class));
    }

    /** Lower case; letters, digits, dot, dash and underscore, at most 64. */
    public static String normalizeName(String name) {
        String normalized = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(normalized).matches()) {
            throw new InvalidRequestException("a class of service name is 1 to 64 letters, digits, '.', '-' or '_'"
                    + " starting with a letter or digit: '" + name + "'");
        }
        return normalized;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Long quotaBytes() {
        return quotaBytes;
    }

    public Long maxMessageBytes() {
        return maxMessageBytes;
    }

    public void limit(Long quotaBytes, Long maxMessageBytes) {
        if (quotaBytes != null && quotaBytes < 0 || maxMessageBytes != null && maxMessageBytes < 1) {
            throw new InvalidRequestException("a quota cannot be negative and the largest message must be positive");
        }
        this.quotaBytes = quotaBytes;
        this.maxMessageBytes = maxMessageBytes;
    }

    public boolean allows(Access access) {
        switch (access) {
            case POP3:
                return pop3;
            case IMAP:
                return imap;
            case WEBMAIL:
                return webmail;
            case SMTP:
                return smtp;
            case FETCH:
                return fetch;
            case FORWARDING:
                return forwarding;
            default:
                throw new IllegalArgumentException(access.name());
        }
    }

    public Set<Access> access() {
        Set<Access> granted = EnumSet.noneOf(Access.class);
        for (Access a : Access.values()) {
            if (allows(a)) {
                granted.add(a);
            }
        }
        return granted;
    }

    /** Exactly {@code granted}: every other access is denied. */
    public void grant(Set<Access> granted) {
        pop3 = granted.contains(Access.POP3);
        imap = granted.contains(Access.IMAP);
        webmail = granted.contains(Access.WEBMAIL);
        smtp = granted.contains(Access.SMTP);
        fetch = granted.contains(Access.FETCH);
        forwarding = granted.contains(Access.FORWARDING);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
