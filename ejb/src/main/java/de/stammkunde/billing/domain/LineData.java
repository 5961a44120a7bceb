package de.stammkunde.billing.domain;

/** A checked line item; see {@link InvoiceData#of}. */
public record LineData(String description, int quantity, long unitPriceCents, Long appointmentId) {

    public long amountCents() {
        return quantity * unitPriceCents;
    }
}
