package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Another name of a domain served here: {@code x@other.test} is {@code x@example.test} when
 * {@code other.test} is an alias of {@code example.test}. Only the name is kept; accounts, aliases and
 * limits belong to the target domain, so an alias cannot be a domain of its own at the same time.
 */
@Entity
@Table(name = "domain_alias")
public class DomainAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    // Eager: RCPT maps the alias to its domain outside a transaction.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "domain_id")
    private MailDomain domain;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DomainAlias() {
    }

    public DomainAlias(String name, MailDomain domain, Instant now) {
        this.name = DomainName.normalize(name);
        if (this.name.equals(domain.name())) {
            throw new InvalidAddressException("a domain cannot be an alias of itself");
        }
        this.domain = domain;
        this.createdAt = now;
    }

    public String name() {
        return name;
    }

    public MailDomain domain() {
        return domain;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
