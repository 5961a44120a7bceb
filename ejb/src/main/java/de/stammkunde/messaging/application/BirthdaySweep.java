package de.stammkunde.messaging.application;

import de.stammkunde.messaging.domain.BirthdayRule;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Queues birthday greetings: per tenant, from 08:00 in the business's time zone, one marketing
 * email to every client (not deleted) whose birthday is that local day — 29 February birthdays on
 * 28 February in other years — when the business sends greetings. The outbox checks the marketing
 * consent (without it the greeting is stored suppressed); the key {@code birthday:{client}:{year}}
 * keeps it to one a year.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BirthdaySweep {

    private static final Logger LOG = Logger.getLogger(BirthdaySweep.class.getName());

    /** Clients with their birthday today not greeted this year yet, when the business greets. */
    private static final String DUE = """
            select c.id
            from client c
            join business_settings s on s.id = 1 and s.birthday_greetings
            where c.deleted_at is null
              and c.birthday is not null
              and (extract(month from c.birthday) = :month and extract(day from c.birthday) = :day
                   or :leapDay and extract(month from c.birthday) = 2 and extract(day from c.birthday) = 29)
              and not exists (select 1 from outbox_message m where m.idempotency_key = 'birthday:' || c.id || ':' || :year)
            order by c.id""";

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    TenantFacts tenantFacts;

    @Inject
    Outbox outbox;

    @Resource
    SessionContext context;

    /** Every active tenant's greetings as of the clock's time; returns how many were queued (or suppressed). */
    public int sweepAll(Clock asOf) {
        BirthdaySweep self = context.getBusinessObject(BirthdaySweep.class);
        return EveryTenant.count(tenantFacts.active(), LOG, "Birthday greetings", tenant -> {
            ZonedDateTime local = asOf.instant().atZone(ZoneId.of(tenantFacts.view(tenant).timeZone()));
            return BirthdayRule.mayGreet(local.toLocalTime()) ? self.sweep(local.toLocalDate()) : 0;
        });
    }

    /** The tenant in context: queues the greetings of {@code today}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sweep(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery(DUE)
                .setParameter("month", today.getMonthValue())
                .setParameter("day", today.getDayOfMonth())
                .setParameter("leapDay", BirthdayRule.keepsLeapDayBirthdays(today))
                .setParameter("year", String.valueOf(today.getYear()))
                .getResultList();
        outbox.enqueueAll(due.stream().map(clientId -> MessageRequest.of(MessageKind.BIRTHDAY, MessageChannel.EMAIL,
                clientId.longValue(), "birthday:" + clientId.longValue() + ":" + today.getYear(), Map.of())).toList());
        return due.size();
    }
}
