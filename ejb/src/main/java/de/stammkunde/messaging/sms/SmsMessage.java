package de.stammkunde.messaging.sms;

import de.stammkunde.tenancy.domain.TenantSlug;

import java.util.Objects;

/**
 * One SMS a tenant sends.
 *
 * @param to        the recipient's number as the gateway expects it (E.164, e.g. {@code +4915112345678})
 * @param reference the outbox's idempotency key, unique per tenant: the same reference is sent once
 */
public record SmsMessage(TenantSlug tenant, String to, String text, String reference) {

    public SmsMessage {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(text, "text");
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("An SMS needs a recipient");
        }
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("An SMS needs a reference");
        }
    }
}
