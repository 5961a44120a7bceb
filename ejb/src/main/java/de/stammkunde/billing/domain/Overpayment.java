package de.stammkunde.billing.domain;

import de.stammkunde.shared.error.Conflict;

/** A payment larger than what is still open on the invoice. */
public class Overpayment extends Conflict {

    private final long openCents;

    public Overpayment(long amountCents, long openCents) {
        super("invoice-overpaid", "A payment of " + amountCents + " cents exceeds the " + openCents + " cents open");
        this.openCents = openCents;
    }

    /** What the invoice still needs, in cents. */
    public long openCents() {
        return openCents;
    }
}
