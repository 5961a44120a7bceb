package de.stammkunde.shared.event;

import de.stammkunde.shared.audit.Actor;
import de.stammkunde.tenancy.domain.TenantSlug;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fact that happened in a tenant: its type (e.g. {@code invoice.fully-paid}), the subject it
 * is about, the key that makes it unique, a small payload, who caused it and when.
 */
public record DomainEvent(TenantSlug tenant, String type, String subjectType, long subjectId, String dedupKey,
                          Map<String, String> payload, Actor actor, Instant occurredAt) {

    public DomainEvent {
        payload = Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }
}
