package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One recipient of an outbound delivery, with where it stands and what the remote server last said. */
@Embeddable
public class OutboundRecipient {

    public enum State {
        PENDING,
        DELIVERED,
        FAILED
    }

    @Column(nullable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "notify_on", nullable = false)
    private String notifyOn;

    @Column(nullable = false)
    private String original;

    @Column(name = "last_reply")
    private String lastReply;

    protected OutboundRecipient() {
    }

    public OutboundRecipient(String address, RecipientDsn dsn) {
        this.address = address;
        this.state = State.PENDING;
        this.notifyOn = dsn.notifyText();
        this.original = dsn.original();
    }

    public String address() {
        return address;
    }

    public State state() {
        return state;
    }

    public RecipientDsn dsn() {
        return RecipientDsn.of(notifyOn, original);
    }

    public String lastReply() {
        return lastReply;
    }

    void settle(State newState, String reply) {
        this.state = newState;
        this.lastReply = reply == null ? null : reply.substring(0, Math.min(reply.length(), 1000));
    }
}
