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
 * A domain's DKIM key pair, published in DNS under its selector ({@code <selector>._domainkey.<domain>}).
 * An active key signs the domain's outgoing mail. Keys are deactivated rather than deleted while
 * their DNS record should stay published for mail still in flight; deleted once it is gone.
 *
 * <p>The key material is plain text: the algorithm's {@code a=} name, the private key as PKCS#8 in
 * base64 and the public key as the record's {@code p=} value. The cryptography lives in
 * {@code org.flutemail.dkim}; this entity only keeps what it produced.
 */
@Entity
@Table(name = "dkim_key")
public class DkimKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "domain_id")
    private MailDomain domain;

    @Column(nullable = false)
    private String selector;

    @Column(nullable = false)
    private String algorithm;

    @Column(name = "private_key", nullable = false, length = 8000)
    private String privateKey;

    @Column(name = "public_key", nullable = false, length = 2000)
    private String publicKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean active;

    protected DkimKey() {
    }

    /** A new key is active: it was made to sign. */
    public DkimKey(MailDomain domain, String selector, String algorithm, String privateKey, String publicKey,
            Instant now) {
        this.domain = domain;
        this.selector = selector;
        this.algorithm = algorithm;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.createdAt = now;
        this.active = true;
    }

    public Long id() {
        return id;
    }

    public MailDomain domain() {
        return domain;
    }

    public String selector() {
        return selector;
    }

    public String algorithm() {
        return algorithm;
    }

    public String privateKey() {
        return privateKey;
    }

    public String publicKey() {
        return publicKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isActive() {
        return active;
    }

    public void activate() {
        active = true;
    }

    public void deactivate() {
        active = false;
    }
}
