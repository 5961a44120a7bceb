package de.stammkunde.billing.application;

import de.stammkunde.billing.domain.Invoice;
import de.stammkunde.billing.domain.InvoiceLine;
import de.stammkunde.billing.domain.Payment;
import de.stammkunde.billing.domain.Refund;

import java.time.Instant;
import java.util.List;

/**
 * An invoice as staff see it: its lines, total, what was paid and refunded, what is open, every
 * payment and refund with who recorded it, and the cancellation if there is one.
 */
public record InvoiceView(long id, long version, long clientId, String clientName, String status, long totalCents,
                          long paidCents, long refundedCents, long openCents, List<LineView> lines,
                          List<PaymentView> payments, List<RefundView> refunds, Instant createdAt,
                          String createdBy, Instant cancelledAt, String cancelledBy, String cancellationReason) {

    /** One line item. */
    public record LineView(String description, int quantity, long unitPriceCents, long amountCents,
                           Long appointmentId) {
        static LineView of(InvoiceLine line) {
            return new LineView(line.description(), line.quantity(), line.unitPriceCents(), line.amountCents(),
                    line.appointmentId());
        }
    }

    /** One payment and who recorded it. */
    public record PaymentView(long id, long amountCents, String method, String kind, Instant paidAt,
                              Instant recordedAt, String recordedBy) {
        static PaymentView of(Payment payment) {
            return new PaymentView(payment.id(), payment.amountCents(), payment.method().name(),
                    payment.kind().name(), payment.paidAt(), payment.recordedAt(),
                    payment.actorName() != null ? payment.actorName() : payment.actorKind());
        }
    }

    /** One refund, why, and who recorded it. */
    public record RefundView(long id, long amountCents, String reason, Instant refundedAt, String refundedBy) {
        static RefundView of(Refund refund) {
            return new RefundView(refund.id(), refund.amountCents(), refund.reason(), refund.refundedAt(),
                    refund.actorName() != null ? refund.actorName() : refund.actorKind());
        }
    }

    static InvoiceView of(Invoice invoice) {
        return new InvoiceView(invoice.id(), invoice.version(), invoice.client().id(), InvoiceSummary.name(invoice),
                invoice.status().name(), invoice.totalCents(), invoice.paidCents(), invoice.refundedCents(),
                invoice.balance().openCents(), invoice.lines().stream().map(LineView::of).toList(),
                invoice.payments().stream().map(PaymentView::of).toList(),
                invoice.refunds().stream().map(RefundView::of).toList(), invoice.createdAt(),
                invoice.createdByName() != null ? invoice.createdByName() : invoice.createdByKind(),
                invoice.cancelledAt(), invoice.cancelledByName(), invoice.cancellationReason());
    }
}
