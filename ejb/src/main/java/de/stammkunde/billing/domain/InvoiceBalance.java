package de.stammkunde.billing.domain;

/**
 * The money facts of an invoice and the rules that follow from them alone: its status, what is
 * still open, and whether a payment, a cancellation or a refund is allowed. An invoice is paid
 * when its payments (less refunds) reach the total; refunded when what was paid went back.
 */
public record InvoiceBalance(long totalCents, long paidCents, long refundedCents, boolean cancelled) {

    public InvoiceBalance {
        if (totalCents <= 0 || paidCents < 0 || refundedCents < 0 || refundedCents > paidCents
                || paidCents - refundedCents > totalCents) {
            throw new IllegalArgumentException("Inconsistent balance: total " + totalCents + ", paid " + paidCents
                    + ", refunded " + refundedCents);
        }
    }

    public static InvoiceBalance of(long totalCents) {
        return new InvoiceBalance(totalCents, 0, 0, false);
    }

    /** What was paid and not given back. */
    public long netPaidCents() {
        return paidCents - refundedCents;
    }

    public InvoiceStatus status() {
        if (cancelled) {
            return InvoiceStatus.CANCELLED;
        }
        if (refundedCents > 0 && netPaidCents() == 0) {
            return InvoiceStatus.REFUNDED;
        }
        if (netPaidCents() == totalCents) {
            return InvoiceStatus.PAID;
        }
        return netPaidCents() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.OPEN;
    }

    /** What the client still has to pay; nothing on a closed invoice. */
    public long openCents() {
        return status().closed() ? 0 : totalCents - netPaidCents();
    }

    /** The balance after a payment; refuses payments on closed invoices and overpayments. */
    public InvoiceBalance pay(long amountCents) {
        if (amountCents <= 0) {
            throw new IllegalArgumentException("A payment must be positive");
        }
        if (status().closed()) {
            throw new InvoiceConflict("invoice-closed", status(), "The invoice is " + status() + "; no payments");
        }
        if (amountCents > openCents()) {
            throw new Overpayment(amountCents, openCents());
        }
        return new InvoiceBalance(totalCents, paidCents + amountCents, refundedCents, false);
    }

    /**
     * The balance after a cancellation. Only an invoice nobody paid anything on can be cancelled;
     * money received is refunded first, which closes the invoice as refunded.
     */
    public InvoiceBalance cancel() {
        if (status() != InvoiceStatus.OPEN) {
            throw new InvoiceConflict("invoice-not-cancellable", status(),
                    "Only an open invoice without payments can be cancelled; this one is " + status());
        }
        return new InvoiceBalance(totalCents, paidCents, refundedCents, true);
    }

    /** What a refund gives back: everything paid and not yet refunded; none when nothing was paid. */
    public long refundableCents() {
        InvoiceStatus status = status();
        return status == InvoiceStatus.PAID || status == InvoiceStatus.PARTIALLY_PAID ? netPaidCents() : 0;
    }

    /** The balance after refunding everything paid; only on a paid or partially paid invoice. */
    public InvoiceBalance refund() {
        if (refundableCents() == 0) {
            throw new InvoiceConflict("invoice-not-refundable", status(),
                    "Only a paid or partially paid invoice can be refunded; this one is " + status());
        }
        return new InvoiceBalance(totalCents, paidCents, paidCents, false);
    }
}
