package de.stammkunde.billing.application;

import de.stammkunde.billing.domain.Invoice;

import java.time.Instant;

/** An invoice as a row of the invoice list. */
public record InvoiceSummary(long id, long clientId, String clientName, String status, long totalCents,
                             long paidCents, long openCents, Instant createdAt) {

    static InvoiceSummary of(Invoice invoice) {
        return new InvoiceSummary(invoice.id(), invoice.client().id(), name(invoice), invoice.status().name(),
                invoice.totalCents(), invoice.paidCents() - invoice.refundedCents(), invoice.balance().openCents(),
                invoice.createdAt());
    }

    static String name(Invoice invoice) {
        return invoice.client().firstName() + " " + invoice.client().lastName();
    }
}
