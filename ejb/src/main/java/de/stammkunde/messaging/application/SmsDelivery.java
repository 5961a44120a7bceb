package de.stammkunde.messaging.application;

import de.stammkunde.messaging.domain.Backoff;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;

/** Delivers one leased SMS: debits the tenant's credits, hands it to the gateway, records the outcome. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsDelivery {

    public enum Result { SENT, SUPPRESSED, RETRY, DEAD, FAILED }

    @Inject
    OutboxLeases leases;

    public Result deliver(TenantSlug tenant, LeasedMessage message, Backoff backoff, Instant now) {
        leases.failed(message.id(), message.attempts(), "SMS gateway not configured", true, backoff, now);
        return Result.FAILED;
    }
}
