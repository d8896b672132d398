package org.flutemail.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** An address that has no mailbox of its own and forwards to one or more other addresses. */
@Entity
@Table(name = "mail_alias")
public class MailAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_id")
    private MailDomain domain;

    @Column(nullable = false, unique = true)
    private String address;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mail_alias_target", joinColumns = @JoinColumn(name = "alias_id"))
    @Column(name = "target", nullable = false)
    private Set<String> targets = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MailAlias() {
    }

    public MailAlias(MailDomain domain, EmailAddress address, Collection<EmailAddress> targets, Instant now) {
        if (!domain.name().equals(address.domain())) {
            throw new InvalidAddressException(address + " is not in domain " + domain.name());
        }
        this.domain = domain;
        this.address = address.toString();
        this.createdAt = now;
        retarget(targets);
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

    public Set<String> targets() {
        return Set.copyOf(targets);
    }

    public void retarget(Collection<EmailAddress> newTargets) {
        if (newTargets.isEmpty()) {
            throw new InvalidAddressException("an alias needs at least one target");
        }
        targets.clear();
        for (EmailAddress target : newTargets) {
            if (target.toString().equals(address)) {
                throw new InvalidAddressException("an alias cannot point to itself");
            }
            targets.add(target.toString());
        }
    }

    public Instant createdAt() {
        return createdAt;
    }
}
