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

/**
 * A person's request for a mailbox in a domain that allows sign-up. It carries everything the account
 * will need, the password already hashed as accounts store it, so a domain administrator approves it
 * without ever knowing the password. A decided request keeps its state, who decided, when and why, until
 * it expires.
 */
@Entity
@Table(name = "signup_request")
public class SignupRequest {

    /** The longest refusal reason kept; longer ones are cut, since the reason is also mailed. */
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "domain_id")
    private MailDomain domain;

    @Column(nullable = false)
    private String address;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "contact_address")
    private String contactAddress;

    @Column(nullable = false)
    private String language;

    @Embedded
    private SaltedPassword password;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignupState state;

    @Column(name = "client_address", nullable = false)
    private String clientAddress;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column
    private String reason;

    protected SignupRequest() {
    }

    public SignupRequest(MailDomain domain, EmailAddress address, String displayName, String contactAddress,
            String language, SaltedPassword password, String clientAddress, Instant now) {
        this.domain = domain;
        this.address = address.toString();
        this.displayName = displayName;
        this.contactAddress = contactAddress;
        this.language = language;
        this.password = password;
        this.clientAddress = clientAddress;
        this.state = SignupState.PENDING;
        this.requestedAt = now;
    }

    public void approve(String by, Instant now) {
        decide(SignupState.APPROVED, by, now, null);
    }

    public void refuse(String by, Instant now, String why) {
        String trimmed = why == null || why.isBlank() ? null : why.strip();
        decide(SignupState.REFUSED, by, now,
                trimmed != null && trimmed.length() > MAX_REASON ? trimmed.substring(0, MAX_REASON) : trimmed);
    }

    /** Deciding twice would create a second account or mail the requester twice: refused. */
    private void decide(SignupState decision, String by, Instant now, String why) {
        if (state != SignupState.PENDING) {
            throw new ConflictException("the sign-up request for " + address + " was already " +
                    state.name().toLowerCase(java.util.Locale.ROOT));
        }
        state = decision;
        decidedBy = by;
        decidedAt = now;
        reason = why;
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

    public String contactAddress() {
        return contactAddress;
    }

    public String language() {
        return language;
    }

    public SaltedPassword password() {
        return password;
    }

    public SignupState state() {
        return state;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String reason() {
        return reason;
    }
}
