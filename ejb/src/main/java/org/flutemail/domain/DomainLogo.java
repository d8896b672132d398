package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The bytes of a domain's logo, a {@link LogoImage} checked before it was stored. A domain has one at
 * most, so the domain's id is the logo's key.
 */
@Entity
@Table(name = "domain_logo")
public class DomainLogo {

    @Id
    @Column(name = "domain_id")
    private Long domainId;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "domain_id")
    private MailDomain domain;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    protected DomainLogo() {
    }

    public DomainLogo(MailDomain domain, LogoImage image) {
        this.domain = domain;
        replaceWith(image);
    }

    public void replaceWith(LogoImage image) {
        this.mediaType = image.mediaType();
        this.content = image.content().clone();
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }
}
