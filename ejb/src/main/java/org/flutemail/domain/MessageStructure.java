package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What IMAP needs of one message's octets, prepared when it was stored: its header octets and its
 * ENVELOPE, BODY and BODYSTRUCTURE as a FETCH response writes them. A row of its own, not columns of
 * {@link StoredMessage}, so that loading a mailbox's messages does not load these octets too. Each
 * value is null when it was too large to keep.
 */
@Entity
@Table(name = "message_structure")
public class MessageStructure {

    @Id
    @Column(name = "message_id")
    private Long messageId;

    private byte[] header;

    private byte[] envelope;

    private byte[] body;

    @Column(name = "body_structure")
    private byte[] bodyStructure;

    protected MessageStructure() {
    }

    public MessageStructure(long messageId, byte[] header, byte[] envelope, byte[] body, byte[] bodyStructure) {
        this.messageId = messageId;
        this.header = header;
        this.envelope = envelope;
        this.body = body;
        this.bodyStructure = bodyStructure;
    }

    public long messageId() {
        return messageId;
    }

    public byte[] header() {
        return header;
    }

    public byte[] envelope() {
        return envelope;
    }

    public byte[] body() {
        return body;
    }

    public byte[] bodyStructure() {
        return bodyStructure;
    }
}
