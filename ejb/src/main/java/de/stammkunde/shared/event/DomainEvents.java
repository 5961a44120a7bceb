package de.stammkunde.shared.event;

import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Records domain events in the tenant's {@code domain_event} table inside the caller's
 * transaction, so an event exists exactly when the change that raised it was committed. The
 * dedup key (e.g. {@code invoice:42:fully-paid:1}) is unique: raising the same transition twice
 * records it once. Observers of {@link DomainEvent} with {@code during = AFTER_SUCCESS} hear of
 * each recorded event after the commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DomainEvents {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<DomainEvent> announce;

    /** Records the event; returns false when an event with the same dedup key exists already. */
    public boolean raise(String type, String subjectType, long subjectId, String dedupKey,
                         Map<String, String> payload) {
        AuditContext.Entry audit = AuditContext.current();
        DomainEvent event = new DomainEvent(TenantContext.require(), type, subjectType, subjectId, dedupKey, payload,
                audit.actor(), clock.instant());
        int inserted = em.createNativeQuery("""
                        insert into domain_event (type, subject_type, subject_id, dedup_key, payload, actor_kind,
                                                  actor_id, actor_name, occurred_at)
                        values (:type, :subjectType, :subjectId, :dedupKey, :payload, :actorKind, :actorId,
                                :actorName, :occurredAt)
                        on conflict (dedup_key) do nothing""")
                .setParameter("type", type)
                .setParameter("subjectType", subjectType)
                .setParameter("subjectId", subjectId)
                .setParameter("dedupKey", dedupKey)
                .setParameter("payload", json(payload))
                .setParameter("actorKind", event.actor().kind().name())
                .setParameter("actorId", event.actor().id())
                .setParameter("actorName", event.actor().displayName())
                .setParameter("occurredAt", event.occurredAt())
                .executeUpdate();
        if (inserted == 1) {
            announce.fire(event);
        }
        return inserted == 1;
    }

    /** A flat JSON object of strings, keys sorted. */
    static String json(Map<String, String> payload) {
        return new TreeMap<>(payload).entrySet().stream()
                .map(entry -> quote(entry.getKey()) + ":" + (entry.getValue() == null ? "null" : quote(entry.getValue())))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
