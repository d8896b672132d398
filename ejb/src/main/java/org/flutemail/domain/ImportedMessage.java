package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record that a message from an old server (named by its source key) has been imported into an
 * account. Written in the transaction that stores the message; unique per account and key, so the
 * database itself refuses a second copy.
 */
@Entity
@Table(name = "imported_message")
public class ImportedMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "source_key", nullable = false)
    private String sourceKey;

    @Column(name = "message_id")
    private Long messageId;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ImportedMessage() {
    }

    public ImportedMessage(long accountId, String sourceKey, Long messageId, Instant importedAt) {
        this.accountId = accountId;
        this.sourceKey = sourceKey;
        this.messageId = messageId;
        this.importedAt = importedAt;
    }

    public String sourceKey() {
        return sourceKey;
    }
}
