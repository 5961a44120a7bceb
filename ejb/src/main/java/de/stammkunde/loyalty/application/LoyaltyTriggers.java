package de.stammkunde.loyalty.application;

import de.stammkunde.billing.application.InvoiceService;
import de.stammkunde.shared.event.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Points from domain events, in the transaction that raised the event: an invoice fully paid or
 * a session confirmed earns points; a refund of a paid invoice or the cancellation of a confirmed
 * session takes them back. The ledger's cause key makes a replayed event award nothing.
 */
@ApplicationScoped
public class LoyaltyTriggers {

    static final String CONFIRMED = "appointment.confirmed";
    static final String CONFIRMED_CANCELLED = "appointment.confirmed-cancelled";

    @Inject
    LoyaltyService loyalty;

    void on(@Observes DomainEvent event) {
        switch (event.type()) {
            case InvoiceService.FULLY_PAID -> loyalty.awardForPayment(event.subjectId(), client(event),
                    Long.parseLong(event.payload().get("totalCents")));
            case InvoiceService.REFUNDED -> {
                if (Boolean.parseBoolean(event.payload().get("wasFullyPaid"))) {
                    loyalty.reverseInvoice(event.subjectId(), client(event));
                }
            }
            case CONFIRMED -> loyalty.awardForSession(event.subjectId(), client(event),
                    Long.parseLong(event.payload().get("sessionTypeId")));
            case CONFIRMED_CANCELLED -> loyalty.reverseSession(event.subjectId(), client(event));
            default -> {
                // earns no points
            }
        }
    }

    private static long client(DomainEvent event) {
        return Long.parseLong(event.payload().get("clientId"));
    }
}
