package de.stammkunde.billing.domain;

import de.stammkunde.shared.error.Conflict;

/** An action the invoice's status does not allow, e.g. a payment on a cancelled invoice. */
public class InvoiceConflict extends Conflict {

    private final InvoiceStatus status;

    public InvoiceConflict(String code, InvoiceStatus status, String message) {
        super(code, message);
        this.status = status;
    }

    public InvoiceStatus status() {
        return status;
    }
}
