package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One administrative change, as it was made: never updated or deleted by the application. {@code detail}
 * summarises the change (the fields that differ, before and after); passwords never appear in it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int DETAIL_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_tier", nullable = false)
    private String actorTier;

    @Column(name = "client_address")
    private String clientAddress;

    @Column(nullable = false)
    private String action;

    @Column(name = "target_type", nullable = false)
    private String targetType;

    @Column(nullable = false)
    private String target;

    @Column(name = "target_domain")
    private String targetDomain;

    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String actorTier, String clientAddress, String action,
            String targetType, String target, String targetDomain, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorTier = actorTier;
        this.clientAddress = clientAddress;
        this.action = action;
        this.targetType = targetType;
        this.target = target;
        this.targetDomain = targetDomain;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail
                : detail.substring(0, DETAIL_LENGTH - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String actorTier() {
        return actorTier;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String target() {
        return target;
    }

    public String targetDomain() {
        return targetDomain;
    }

    public String detail() {
        return detail;
    }
}
