package de.stammkunde.billing.domain;

/** Where an invoice stands; derived from its total, payments, refunds and cancellation. */
public enum InvoiceStatus {
    OPEN, PARTIALLY_PAID, PAID, CANCELLED, REFUNDED;

    /** Cancelled and refunded invoices take no more payments, refunds or cancellations. */
    public boolean closed() {
        return this == CANCELLED || this == REFUNDED;
    }
}
