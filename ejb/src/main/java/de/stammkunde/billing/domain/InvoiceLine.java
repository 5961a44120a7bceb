package de.stammkunde.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line item of an invoice: what was sold, how many, at what unit price. The appointment it
 * bills is an id without a reference for now: appointments come with another change.
 */
@Embeddable
public class InvoiceLine {

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price_cents", nullable = false)
    private long unitPriceCents;

    @Column(name = "appointment_id")
    private Long appointmentId;

    protected InvoiceLine() {
    }

    InvoiceLine(LineData data) {
        this.description = data.description();
        this.quantity = data.quantity();
        this.unitPriceCents = data.unitPriceCents();
        this.appointmentId = data.appointmentId();
    }

    public long amountCents() {
        return quantity * unitPriceCents;
    }

    public String description() { return description; }
    public int quantity() { return quantity; }
    public long unitPriceCents() { return unitPriceCents; }
    public Long appointmentId() { return appointmentId; }
}
