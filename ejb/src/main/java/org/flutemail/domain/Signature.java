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

/** A signature a user adds to the mail they write; one of an account's may be the default. */
@Entity
@Table(name = "signature")
public class Signature {

    public static final int MAX_NAME = 100;
    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Signature() {
    }

    public Signature(Account account, String name, String body, Instant now) {
        this.account = account;
        this.createdAt = now;
        change(name, body);
    }

    public void change(String name, String body) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME || body == null || body.length() > MAX_BODY) {
            throw new InvalidRequestException("a signature needs a name of at most " + MAX_NAME
                    + " characters and a text of at most " + MAX_BODY);
        }
        this.name = name.strip();
        this.body = body;
    }

    public void makeDefault(boolean isDefault) {
        this.isDefault = isDefault;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String body() {
        return body;
    }

    public boolean isDefault() {
        return isDefault;
    }
}
