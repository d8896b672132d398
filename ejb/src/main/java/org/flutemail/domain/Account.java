package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's (or a role's) mail account: an address with a password, a quota and mailboxes. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_id")
    private MailDomain domain;

    @Column(nullable = false, unique = true)
    private String address;

    @Column(name = "display_name")
    private String displayName;

    @Embedded
    private SaltedPassword password;

    @Column(name = "quota_bytes")
    private Long quotaBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_uid_validity", nullable = false)
    private long lastUidValidity;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Null: the domain's default class applies. */
    // Eager: logins read it outside a transaction; a null column costs no query.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "class_of_service_id")
    private ClassOfService classOfService;

    protected Account() {
    }

    public Account(MailDomain domain, EmailAddress address, String displayName, SaltedPassword password, Instant now) {
        if (!domain.name().equals(address.domain())) {
            throw new InvalidAddressException(address + " is not in domain " + domain.name());
        }
        this.domain = domain;
        this.address = address.toString();
        this.displayName = displayName;
        this.password = password;
        this.state = AccountState.ACTIVE;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public MailDomain domain() {
        return domain;
    }

    public String address() {
        return address;
    }

    public String displayName() {
        return displayName;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public SaltedPassword password() {
        return password;
    }

    /** Sets a password the user chose: clears {@link #mustChangePassword()}. */
    public void changePassword(SaltedPassword password) {
        this.password = password;
        this.mustChangePassword = false;
    }

    /**
     * Sets a password someone else chose (a bulk import, an administrator's reset): the user must
     * replace it before the mail protocols let them in.
     */
    public void presetPassword(SaltedPassword password) {
        this.password = password;
        this.mustChangePassword = true;
    }

    /** Whether mail protocol logins are refused until the user changes the password. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Long quotaBytes() {
        return quotaBytes;
    }

    public void limitTo(Long quotaBytes) {
        if (quotaBytes != null && quotaBytes < 0) {
            throw new IllegalArgumentException("a quota cannot be negative");
        }
        this.quotaBytes = quotaBytes;
    }

    /** The class given to this account itself, or null when it follows its domain's default. */
    public ClassOfService ownClassOfService() {
        return classOfService;
    }

    /** Null: the domain's default class applies from now on. */
    public void assign(ClassOfService classOfService) {
        this.classOfService = classOfService;
    }

    /** Its own class, else its domain's default, else none (every access, no limits from a class). */
    public java.util.Optional<ClassOfService> classOfService() {
        return java.util.Optional.ofNullable(classOfService != null ? classOfService : domain.defaultClass());
    }

    /** Whether its class of service lets this account in (or act) through {@code access}. */
    public boolean mayUse(Access access) {
        return classOfService().map(c -> c.allows(access)).orElse(true);
    }

    /** Its own quota, else its class's, else none (null). */
    public Long effectiveQuotaBytes() {
        return quotaBytes != null ? quotaBytes : classOfService().map(ClassOfService::quotaBytes).orElse(null);
    }

    public AccountState state() {
        return state;
    }

    /** Receives mail only when both the account and its domain are active. */
    public boolean canReceive() {
        return state == AccountState.ACTIVE && domain.isActive();
    }

    public void suspend() {
        state = AccountState.SUSPENDED;
    }

    public void activate() {
        state = AccountState.ACTIVE;
    }

    /**
     * A UIDVALIDITY for a new mailbox of this account: the time in seconds, and always above the last
     * one handed out, so a name deleted and created again never sees an old value.
     */
    public long nextUidValidity(Instant now) {
        lastUidValidity = Math.max(now.getEpochSecond(), lastUidValidity + 1);
        return lastUidValidity;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
