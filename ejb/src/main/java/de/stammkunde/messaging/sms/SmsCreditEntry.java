package de.stammkunde.messaging.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One change of a tenant's SMS credits in the platform ledger; never changed once written. Debits
 * and refunds carry the SMS's reference, top-ups the operator and a note.
 */
@Entity
@Table(name = "sms_credit_entry", schema = "platform")
public class SmsCreditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sms_credit_entry_seq")
    @SequenceGenerator(name = "sms_credit_entry_seq", sequenceName = "sms_credit_entry_seq", schema = "platform",
            allocationSize = 1)
    private Long id;

    @Column(name = "tenant_slug", nullable = false, updatable = false)
    private String tenantSlug;

    @Column(nullable = false, updatable = false)
    private int delta;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SmsCreditKind kind;

    @Column(updatable = false)
    private String reference;

    @Column(updatable = false)
    private String actor;

    @Column(updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SmsCreditEntry() {
    }

    static SmsCreditEntry topUp(String tenantSlug, int credits, String actor, String note, Instant at) {
        SmsCreditEntry entry = new SmsCreditEntry();
        entry.tenantSlug = tenantSlug;
        entry.delta = credits;
        entry.kind = SmsCreditKind.TOP_UP;
        entry.actor = actor;
        entry.note = note;
        entry.createdAt = at;
        return entry;
    }

    public Long id() {
        return id;
    }

    public String tenantSlug() {
        return tenantSlug;
    }

    public int delta() {
        return delta;
    }

    public SmsCreditKind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
