package de.stammkunde.billing.domain;

import de.stammkunde.client.domain.Client;
import de.stammkunde.shared.audit.Actor;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An invoice to a client: line items, a total derived from them, payments and refunds. The
 * status is never set from outside; it follows from the {@link InvoiceBalance} after every change.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status;

    @Column(name = "total_cents", nullable = false, updatable = false)
    private long totalCents;

    @Column(name = "paid_cents", nullable = false)
    private long paidCents;

    @Column(name = "refunded_cents", nullable = false)
    private long refundedCents;

    @ElementCollection
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "position")
    private List<InvoiceLine> lines = new ArrayList<>();

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<Payment> payments = new ArrayList<>();

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<Refund> refunds = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by_kind", nullable = false, updatable = false)
    private String createdByKind;

    @Column(name = "created_by_id", updatable = false)
    private String createdById;

    @Column(name = "created_by_name", updatable = false)
    private String createdByName;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by_kind")
    private String cancelledByKind;

    @Column(name = "cancelled_by_id")
    private String cancelledById;

    @Column(name = "cancelled_by_name")
    private String cancelledByName;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    protected Invoice() {
    }

    public Invoice(Client client, InvoiceData data, Actor actor, Instant now) {
        this.client = Objects.requireNonNull(client);
        data.lines().forEach(line -> lines.add(new InvoiceLine(line)));
        this.totalCents = data.totalCents();
        this.createdAt = now;
        this.createdByKind = actor.kind().name();
        this.createdById = actor.id();
        this.createdByName = actor.displayName();
        apply(InvoiceBalance.of(totalCents));
    }

    public InvoiceBalance balance() {
        return new InvoiceBalance(totalCents, paidCents, refundedCents, cancelledAt != null);
    }

    /** Records a payment; refused when it would pay more than is open or the invoice is closed. */
    public Payment pay(PaymentData data, Actor actor, Instant now) {
        InvoiceBalance after = balance().pay(data.amountCents());
        Payment payment = new Payment(data, actor, now);
        payments.add(payment);
        apply(after);
        return payment;
    }

    /** Cancels an invoice nothing is paid on. */
    public void cancel(String reason, Actor actor, Instant now) {
        InvoiceBalance after = balance().cancel();
        this.cancelledAt = now;
        this.cancelledByKind = actor.kind().name();
        this.cancelledById = actor.id();
        this.cancelledByName = actor.displayName();
        this.cancellationReason = reason;
        apply(after);
    }

    /** Gives back everything paid; the invoice is refunded and closed. */
    public Refund refund(String reason, Actor actor, Instant now) {
        long amount = balance().refundableCents();
        InvoiceBalance after = balance().refund();
        Refund refund = new Refund(amount, reason, actor, now);
        refunds.add(refund);
        apply(after);
        return refund;
    }

    private void apply(InvoiceBalance balance) {
        this.paidCents = balance.paidCents();
        this.refundedCents = balance.refundedCents();
        this.status = balance.status();
    }

    public Long id() { return id; }
    public long version() { return version; }
    public Client client() { return client; }
    public InvoiceStatus status() { return status; }
    public long totalCents() { return totalCents; }
    public long paidCents() { return paidCents; }
    public long refundedCents() { return refundedCents; }
    public List<InvoiceLine> lines() { return Collections.unmodifiableList(lines); }
    public List<Payment> payments() { return Collections.unmodifiableList(payments); }
    public List<Refund> refunds() { return Collections.unmodifiableList(refunds); }
    public Instant createdAt() { return createdAt; }
    public String createdByName() { return createdByName; }
    public String createdByKind() { return createdByKind; }
    public Instant cancelledAt() { return cancelledAt; }
    public String cancelledByName() { return cancelledByName; }
    public String cancellationReason() { return cancellationReason; }
}
