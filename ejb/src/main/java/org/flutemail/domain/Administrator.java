package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone who administers Flute: the whole system ({@link #ROLE_SYSTEM}) or the domains granted to them
 * ({@link #ROLE_DOMAIN}). Administrators log in with a name, not an address, and have no mailbox. A
 * domain administrator may hold several domains (one customer's), and keeps the login when the last one
 * is revoked: without domains they may log in but administer nothing.
 */
@Entity
@Table(name = "administrator")
public class Administrator {

    /** The role name the security realm reports for system administrators. */
    public static final String ROLE_SYSTEM = "sysadmin";

    /** The role name the security realm reports for domain administrators. */
    public static final String ROLE_DOMAIN = "domainadmin";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String login;

    @Embedded
    private SaltedPassword password;

    @Column(nullable = false)
    private String role;

    @ManyToMany
    @JoinTable(name = "administrator_domain", joinColumns = @JoinColumn(name = "administrator_id"),
            inverseJoinColumns = @JoinColumn(name = "domain_id"))
    private Set<MailDomain> domains = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Administrator() {
    }

    public static Administrator system(String login, SaltedPassword password, Instant now) {
        Administrator a = new Administrator();
        a.login = login;
        a.password = password;
        a.role = ROLE_SYSTEM;
        a.createdAt = now;
        return a;
    }

    public static Administrator ofDomain(String login, SaltedPassword password, MailDomain domain, Instant now) {
        Administrator a = new Administrator();
        a.login = login;
        a.password = password;
        a.role = ROLE_DOMAIN;
        a.createdAt = now;
        a.domains.add(domain);
        return a;
    }

    public boolean isSystem() {
        return ROLE_SYSTEM.equals(role);
    }

    /** Gives a domain administrator one more domain; a system administrator has them all already. */
    public void grant(MailDomain domain) {
        if (isSystem()) {
            throw new ConflictException(login + " is a system administrator and administers every domain");
        }
        domains.add(domain);
    }

    public void revoke(MailDomain domain) {
        domains.remove(domain);
    }

    /** The names of the domains granted, sorted; empty for a system administrator (who has all). */
    public Set<String> domainNames() {
        Set<String> names = new TreeSet<>();
        domains.forEach(d -> names.add(d.name()));
        return names;
    }

    public SaltedPassword password() {
        return password;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String login() {
        return login;
    }

    public String role() {
        return role;
    }

    public void changePassword(SaltedPassword password) {
        this.password = password;
    }
}
