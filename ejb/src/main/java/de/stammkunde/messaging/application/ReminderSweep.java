package de.stammkunde.messaging.application;

import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.messaging.domain.ReminderWindow;
import de.stammkunde.settings.application.BusinessSettingsService;
import de.stammkunde.shared.job.EveryTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;

/**
 * Queues appointment reminders: tenant by tenant, each in a transaction of its own, every open
 * appointment (booked or confirmed, of a client not deleted) that starts within the business's
 * lead time gets its reminder — by email, and by SMS when the client agreed to that. The key
 * names the appointment and its start, so a repeated sweep queues nothing new and a moved
 * appointment is reminded again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderSweep {

    private static final Logger LOG = Logger.getLogger(ReminderSweep.class.getName());

    /** Open appointments starting within the window whose email reminder is not queued yet. */
    private static final String DUE = """
            select a.id, a.client_id, (extract(epoch from a.starts_at) * 1000000)::bigint, st.name
            from appointment a
            join client c on c.id = a.client_id and c.deleted_at is null
            join session_type st on st.id = a.session_type_id
            where a.status in ('BOOKED', 'CONFIRMED')
              and a.starts_at > :now
              and a.starts_at <= :until
              and not exists (select 1 from outbox_message m where m.idempotency_key = 'appointment:' || a.id
                              || ':reminder:' || floor(extract(epoch from a.starts_at))::bigint || ':EMAIL')
            order by a.starts_at, a.id""";

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    TenantFacts tenantFacts;

    @Inject
    MessageTriggers triggers;

    @Inject
    BusinessSettingsService settings;

    @Resource
    SessionContext context;

    /** Every active tenant's reminders as of the clock's time; returns how many appointments were reminded. */
    public int sweepAll(Clock asOf) {
        ReminderSweep self = context.getBusinessObject(ReminderSweep.class);
        return EveryTenant.count(tenantFacts.active(), LOG, "Reminders",
                tenant -> self.sweep(asOf.instant(), ZoneId.of(tenantFacts.view(tenant).timeZone())));
    }

    /** The tenant in context: queues the reminders due at {@code now}; returns how many appointments. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sweep(Instant now, ZoneId zone) {
        ReminderWindow window = new ReminderWindow(now, settings.current().reminderLeadHours());
        if (!window.enabled()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery(DUE)
                .setParameter("now", window.now())
                .setParameter("until", window.until())
                .getResultList();
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            long clientId = ((Number) row[1]).longValue();
            long micros = ((Number) row[2]).longValue();
            Instant start = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L);
            triggers.send(MessageKind.APPOINTMENT_REMINDER, clientId,
                    MessageTriggers.model(start, (String) row[3], zone), ReminderWindow.cause(id, start), false);
        }
        return due.size();
    }
}
