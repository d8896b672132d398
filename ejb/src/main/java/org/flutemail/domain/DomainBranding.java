package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How a domain's webmail looks: a ready-made {@link Theme}, optional primary and accent colours over
 * it, the login page's text, and which logo is current ({@link DomainLogo} holds its bytes, so that
 * rendering a page never loads them). A domain without a row has the stock look.
 *
 * <p>Values are checked on the way in ({@link HexColour}, {@link LoginText}); the setters accept only
 * those types, so nothing unchecked reaches the page.
 */
@Entity
@Table(name = "domain_branding")
public class DomainBranding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "domain_id")
    private MailDomain domain;

    @Column(nullable = false)
    private String theme;

    @Column(name = "primary_colour")
    private String primaryColour;

    @Column(name = "accent_colour")
    private String accentColour;

    @Column(name = "login_text", length = 2000)
    private String loginText;

    @Column(name = "logo_type")
    private String logoType;

    /** The logo's SHA-256 (hex): its version in the URL, so a new logo is fetched at once. */
    @Column(name = "logo_digest")
    private String logoDigest;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DomainBranding() {
    }

    public DomainBranding(MailDomain domain, Instant now) {
        this.domain = domain;
        this.theme = Theme.CLASSIC.id();
        this.updatedAt = now;
    }

    public MailDomain domain() {
        return domain;
    }

    public Theme theme() {
        return Theme.byId(theme);
    }

    public HexColour primaryColour() {
        return HexColour.parseOptional(primaryColour);
    }

    public HexColour accentColour() {
        return HexColour.parseOptional(accentColour);
    }

    public String loginText() {
        return loginText;
    }

    public String logoType() {
        return logoType;
    }

    public String logoDigest() {
        return logoDigest;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** @param loginText already {@linkplain LoginText#normalize normalized} */
    public void restyle(Theme theme, HexColour primary, HexColour accent, String loginText, Instant now) {
        this.theme = theme.id();
        this.primaryColour = primary == null ? null : primary.value();
        this.accentColour = accent == null ? null : accent.value();
        this.loginText = loginText;
        this.updatedAt = now;
    }

    public void logoIs(LogoImage logo, String digest, Instant now) {
        this.logoType = logo == null ? null : logo.mediaType();
        this.logoDigest = logo == null ? null : digest;
        this.updatedAt = now;
    }
}
