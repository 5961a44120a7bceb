package de.stammkunde.referral.application;

import de.stammkunde.shared.event.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A confirmed session may settle a referral, in the transaction that confirmed it. */
@ApplicationScoped
public class ReferralTriggers {

    @Inject
    Referrals referrals;

    void on(@Observes DomainEvent event) {
        if ("appointment.confirmed".equals(event.type())) {
            referrals.sessionConfirmed(event.subjectId(), Long.parseLong(event.payload().get("clientId")));
        }
    }
}
