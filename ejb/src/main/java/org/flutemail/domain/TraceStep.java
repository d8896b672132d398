package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing the pipeline did to a message that its deliveries alone do not show (filed by a rule,
 * caught by the block list, forwarded, held by a list, stamped with the disclaimer), kept for tracing.
 */
@Entity
@Table(name = "trace_step")
public class TraceStep {

    static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "queue_id", nullable = false, length = 64)
    private String queueId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 320)
    private String recipient;

    @Column(nullable = false, length = 32)
    private String step;

    @Column(nullable = false, length = MAX_DETAIL)
    private String detail;

    protected TraceStep() {
    }

    /** @param recipient the recipient it concerns, or null when it concerns the whole message */
    public TraceStep(String queueId, Instant occurredAt, String recipient, String step, String detail) {
        this.queueId = queueId;
        this.occurredAt = occurredAt;
        this.recipient = recipient;
        this.step = step;
        this.detail = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail;
    }

    public String queueId() {
        return queueId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String recipient() {
        return recipient;
    }

    public String step() {
        return step;
    }

    public String detail() {
        return detail;
    }
}
