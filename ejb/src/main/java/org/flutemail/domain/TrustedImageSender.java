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

/** A sender whose remote images one account's webmail shows without asking first. */
@Entity
@Table(name = "trusted_image_sender")
public class TrustedImageSender {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 320)
    private String address;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrustedImageSender() {
    }

    public TrustedImageSender(Account account, EmailAddress address, Instant now) {
        this.account = account;
        this.address = address.toString();
        this.createdAt = now;
    }

    public String address() {
        return address;
    }
}
