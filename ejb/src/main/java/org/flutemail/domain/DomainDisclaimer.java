package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The disclaimer a domain adds to the mail its accounts submit: enabled or not, its plain text, an
 * optional HTML form (already made safe by whoever set it), and whether mail between local accounts
 * takes it too (otherwise only mail relayed to other domains). Keyed by the domain's id, so it goes
 * with the domain's row.
 */
@Entity
@Table(name = "domain_disclaimer")
public class DomainDisclaimer {

    /** Longest plain text, in characters. */
    public static final int MAX_PLAIN = 4000;

    /** Longest HTML, in characters. */
    public static final int MAX_HTML = 8000;

    @Id
    @Column(name = "domain_id")
    private Long domainId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "plain_text", nullable = false, length = MAX_PLAIN)
    private String plainText;

    @Column(name = "html_text", length = MAX_HTML)
    private String htmlText;

    @Column(name = "internal_too", nullable = false)
    private boolean internalToo;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DomainDisclaimer() {
    }

    public DomainDisclaimer(MailDomain domain) {
        this.domainId = domain.id();
        this.plainText = "";
    }

    public void change(boolean enabled, String plainText, String htmlText, boolean internalToo, Instant now) {
        this.enabled = enabled;
        this.plainText = plainText;
        this.htmlText = htmlText;
        this.internalToo = internalToo;
        this.updatedAt = now;
    }

    public boolean enabled() {
        return enabled;
    }

    public String plainText() {
        return plainText;
    }

    /** Null when the plain text stands for HTML too. */
    public String htmlText() {
        return htmlText;
    }

    public boolean internalToo() {
        return internalToo;
    }
}
