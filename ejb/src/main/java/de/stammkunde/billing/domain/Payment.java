package de.stammkunde.billing.domain;

import de.stammkunde.shared.audit.Actor;
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

/** Money received against an invoice; never changed, its own record of who recorded it and when. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentKind kind;

    @Column(name = "paid_at", nullable = false, updatable = false)
    private Instant paidAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "actor_kind", nullable = false, updatable = false)
    private String actorKind;

    @Column(name = "actor_id", updatable = false)
    private String actorId;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    protected Payment() {
    }

    Payment(PaymentData data, Actor actor, Instant now) {
        this.amountCents = data.amountCents();
        this.method = data.method();
        this.kind = data.kind();
        this.paidAt = data.paidAt();
        this.recordedAt = now;
        this.actorKind = actor.kind().name();
        this.actorId = actor.id();
        this.actorName = actor.displayName();
    }

    public Long id() { return id; }
    public long amountCents() { return amountCents; }
    public PaymentMethod method() { return method; }
    public PaymentKind kind() { return kind; }
    public Instant paidAt() { return paidAt; }
    public Instant recordedAt() { return recordedAt; }
    public String actorKind() { return actorKind; }
    public String actorId() { return actorId; }
    public String actorName() { return actorName; }
}
