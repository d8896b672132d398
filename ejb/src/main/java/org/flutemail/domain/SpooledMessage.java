package org.flutemail.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A message Flute has accepted responsibility for: its envelope, the session it came in on and a
 * reference to its content. The row is written in the same transaction as the queue entry that
 * triggers processing; it is the durable truth, the queue entry only the wake-up call. That is why a
 * queue entry lost in a crash can be re-created from rows still {@link SpoolState#ACCEPTED}.
 */
@Entity
@Table(name = "spooled_message")
public class SpooledMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "queue_id", nullable = false, unique = true)
    private String queueId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SpoolState state;

    @Column(name = "reverse_path", nullable = false)
    private String reversePath;

    /** In RCPT order, each with what it asked for in RCPT (NOTIFY, ORCPT). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "spooled_recipient", joinColumns = @JoinColumn(name = "spool_id"))
    @OrderColumn(name = "position")
    private List<SpooledRecipient> recipients = new ArrayList<>();

    @Column(name = "blob_key", nullable = false)
    private String blobKey;

    @Column(name = "size_octets", nullable = false)
    private long size;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "client_address", nullable = false)
    private String clientAddress;

    @Column(name = "client_name", nullable = false)
    private String clientName;

    @Column(name = "server_name", nullable = false)
    private String serverName;

    @Column(nullable = false)
    private String protocol;

    @Column(name = "tls_cipher", nullable = false)
    private String tlsCipher;

    @Column(name = "auth_user", nullable = false)
    private String authUser;

    @Embedded
    private TransactionOptions transactionOptions;

    /** Null for INBOX. */
    @Column(name = "target_folder")
    private String targetFolder;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SpooledMessage() {
    }

    public SpooledMessage(String queueId, Envelope envelope, String blobKey, long size) {
        this.queueId = queueId;
        this.state = SpoolState.ACCEPTED;
        this.reversePath = envelope.reversePath();
        this.receivedAt = envelope.receivedAt();
        this.clientAddress = envelope.clientAddress();
        this.clientName = envelope.clientName();
        this.serverName = envelope.serverName();
        this.protocol = envelope.protocol();
        this.tlsCipher = envelope.tlsCipher();
        this.authUser = envelope.authUser();
        this.targetFolder = envelope.targetFolder();
        DeliveryOptions options = envelope.options();
        this.transactionOptions = new TransactionOptions(options);
        for (String recipient : envelope.recipients()) {
            this.recipients.add(new SpooledRecipient(recipient, options.forRecipient(recipient)));
        }
        this.blobKey = blobKey;
        this.size = size;
        this.updatedAt = envelope.receivedAt();
    }

    public Long id() {
        return id;
    }

    public String queueId() {
        return queueId;
    }

    public SpoolState state() {
        return state;
    }

    public String blobKey() {
        return blobKey;
    }

    public long size() {
        return size;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Envelope envelope() {
        java.util.Map<String, RecipientDsn> perRecipient = new java.util.HashMap<>();
        List<String> addresses = new ArrayList<>(recipients.size());
        for (SpooledRecipient recipient : recipients) {
            addresses.add(recipient.address());
            perRecipient.put(recipient.address(), recipient.dsn());
        }
        return new Envelope(reversePath, addresses, receivedAt, clientAddress, clientName, serverName,
                protocol, tlsCipher, authUser,
                new DeliveryOptions(transactionOptions.bodyType(), transactionOptions.smtpUtf8(),
                        transactionOptions.dsnReturn(), transactionOptions.dsnEnvelopeId(), perRecipient),
                targetFolder);
    }

    /** Counts a processing attempt, so that a message that keeps failing is visible. */
    public void attempted(Instant now) {
        attempts++;
        updatedAt = now;
    }

    public void done(Instant now) {
        state = SpoolState.DONE;
        updatedAt = now;
    }

    public void failed(String error, Instant now) {
        state = SpoolState.FAILED;
        lastError = storedError(error);
        updatedAt = now;
    }

    /** The error as {@code last_error} holds it: cut to the column's length. */
    public static String storedError(String error) {
        return error == null ? null : error.substring(0, Math.min(error.length(), 2000));
    }
}
