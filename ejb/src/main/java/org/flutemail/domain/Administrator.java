package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Someone who administers Flute: the whole system ({@link #ROLE_SYSTEM}) or one domain. Administrators
 * log in with a name, not an address, and have no mailbox.
 */
@Entity
@Table(name = "administrator")
public class Administrator {

    /** The role name the security realm reports for system administrators. */
    public static final String ROLE_SYSTEM = "sysadmin";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String login;

    @Embedded
    private SaltedPassword password;

    @Column(nullable = false)
    private String role;

    @ManyToOne
    @JoinColumn(name = "domain_id")
    private MailDomain domain;

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
