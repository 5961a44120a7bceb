package de.stammkunde.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One thing an operator did to a tenant; never changed once written. */
@Entity
@Table(name = "operator_audit", schema = "platform")
public class OperatorAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operator_audit_seq")
    @SequenceGenerator(name = "operator_audit_seq", sequenceName = "operator_audit_seq", schema = "platform", allocationSize = 1)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "tenant_slug", updatable = false)
    private String tenantSlug;

    @Column(updatable = false)
    private String detail;

    protected OperatorAuditEntry() {
    }

    public OperatorAuditEntry(Instant at, String actor, String action, String tenantSlug, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.tenantSlug = tenantSlug;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String tenantSlug() {
        return tenantSlug;
    }

    public String detail() {
        return detail;
    }
}
