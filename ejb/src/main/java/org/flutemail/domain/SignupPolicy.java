package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Whether a domain takes self-service sign-up requests. Kept beside the domain rather than in it: a
 * domain without a row does not allow sign-up, which is the default every existing domain must keep.
 */
@Entity
@Table(name = "domain_signup")
public class SignupPolicy {

    @Id
    @Column(name = "domain_id")
    private Long domainId;

    @Column(nullable = false)
    private boolean allowed;

    protected SignupPolicy() {
    }

    public SignupPolicy(MailDomain domain, boolean allowed) {
        this.domainId = domain.id();
        this.allowed = allowed;
    }

    public boolean allowed() {
        return allowed;
    }

    public void allow(boolean allowed) {
        this.allowed = allowed;
    }
}
