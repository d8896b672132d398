package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An outside message already taken in for a fetch account. It is written in the same transaction as
 * the spool row of the message, so the two exist together or not at all; the unique key on
 * (fetch account, remote id) makes the database refuse a second copy even if two collections race.
 *
 * <p>The remote id is the POP3 UIDL, or for IMAP {@code UIDVALIDITY:UID}: a new UIDVALIDITY means the
 * server renumbered its messages, and they are all new to us.
 */
@Entity
@Table(name = "fetched_message")
public class FetchedMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fetch_account_id", nullable = false)
    private long fetchAccountId;

    @Column(name = "remote_id", nullable = false)
    private String remoteId;

    @Column(name = "queue_id", nullable = false)
    private String queueId;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    protected FetchedMessage() {
    }

    public FetchedMessage(long fetchAccountId, String remoteId, String queueId, Instant fetchedAt) {
        this.fetchAccountId = fetchAccountId;
        this.remoteId = remoteId;
        this.queueId = queueId;
        this.fetchedAt = fetchedAt;
    }

    public String remoteId() {
        return remoteId;
    }

    public String queueId() {
        return queueId;
    }
}
