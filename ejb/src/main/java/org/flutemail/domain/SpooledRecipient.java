package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One recipient of a spooled message as stored: its address and what it asked for in RCPT (RFC 3461). */
@Embeddable
public class SpooledRecipient {

    @Column(name = "address", nullable = false)
    private String address;

    @Column(name = "notify_on", nullable = false)
    private String notifyOn;

    @Column(name = "original", nullable = false)
    private String original;

    protected SpooledRecipient() {
    }

    public SpooledRecipient(String address, RecipientDsn dsn) {
        this.address = address;
        this.notifyOn = dsn.notifyText();
        this.original = dsn.original();
    }

    public String address() {
        return address;
    }

    public RecipientDsn dsn() {
        return RecipientDsn.of(notifyOn, original);
    }
}
