package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How the message-wide part of {@link DeliveryOptions} is stored (BODY, SMTPUTF8, DSN RET and ENVID):
 * the same four columns on a spooled message and on each outbound delivery made from it.
 */
@Embeddable
public class TransactionOptions {

    @Column(name = "body_type", nullable = false)
    private String bodyType;

    @Column(name = "smtp_utf8", nullable = false)
    private boolean smtpUtf8;

    @Column(name = "dsn_return", nullable = false)
    private String dsnReturn;

    @Column(name = "dsn_envelope_id", nullable = false)
    private String dsnEnvelopeId;

    protected TransactionOptions() {
    }

    public TransactionOptions(DeliveryOptions options) {
        this.bodyType = options.bodyType();
        this.smtpUtf8 = options.smtpUtf8();
        this.dsnReturn = options.dsnReturn();
        this.dsnEnvelopeId = options.dsnEnvelopeId();
    }

    public String bodyType() {
        return bodyType;
    }

    public boolean smtpUtf8() {
        return smtpUtf8;
    }

    public String dsnReturn() {
        return dsnReturn;
    }

    public String dsnEnvelopeId() {
        return dsnEnvelopeId;
    }
}
