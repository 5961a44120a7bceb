package de.stammkunde.billing.domain;

import de.stammkunde.shared.audit.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** Money given back on an invoice: how much, why, who and when. */
@Entity
@Table(name = "refund")
public class Refund {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refund_seq")
    @SequenceGenerator(name = "refund_seq", sequenceName = "refund_seq", allocationSize = 50)
    private Long id;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Column(updatable = false)
    private String reason;

    @Column(name = "refunded_at", nullable = false, updatable = false)
    private Instant refundedAt;

    @Column(name = "actor_kind", nullable = false, updatable = false)
    private String actorKind;

    @Column(name = "actor_id", updatable = false)
    private String actorId;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    protected Refund() {
    }

    Refund(long amountCents, String reason, Actor actor, Instant now) {
        this.amountCents = amountCents;
        this.reason = reason;
        this.refundedAt = now;
        this.actorKind = actor.kind().name();
        this.actorId = actor.id();
        this.actorName = actor.displayName();
    }

    public Long id() { return id; }
    public long amountCents() { return amountCents; }
    public String reason() { return reason; }
    public Instant refundedAt() { return refundedAt; }
    public String actorKind() { return actorKind; }
    public String actorId() { return actorId; }
    public String actorName() { return actorName; }
}
