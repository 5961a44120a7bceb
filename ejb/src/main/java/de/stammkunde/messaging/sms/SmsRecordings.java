package de.stammkunde.messaging.sms;

import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * The table in which the development gateway keeps the SMS it would have sent, one row per tenant
 * and reference, so that developers and tests can read them back.
 */
@Stateless
public class SmsRecordings {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    /**
     * Keeps the message unless its reference is kept already; in a transaction of its own, as a
     * real gateway's acceptance does not depend on the sender's transaction either.
     *
     * @return the id of the row holding the message
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long record(SmsMessage message) {
        em.createNativeQuery("""
                        insert into platform.sms_recorded (tenant_slug, recipient, text, segments, reference, recorded_at)
                        values (:tenant, :recipient, :text, :segments, :reference, :now)
                        on conflict (tenant_slug, reference) do nothing""")
                .setParameter("tenant", message.tenant().value())
                .setParameter("recipient", message.to())
                .setParameter("text", message.text())
                .setParameter("segments", SmsSegments.count(message.text()))
                .setParameter("reference", message.reference())
                .setParameter("now", clock.instant())
                .executeUpdate();
        return em.createQuery("select s.id from RecordedSms s where s.tenantSlug = :tenant and s.reference = :reference",
                        Long.class)
                .setParameter("tenant", message.tenant().value())
                .setParameter("reference", message.reference())
                .getSingleResult();
    }

    /** One page of what was recorded for the tenant, newest first; nothing when a real gateway sends. */
    public List<RecordedSmsView> recorded(TenantSlug tenant, int page, int size) {
        SmsCredits.requireValidPage(page, size);
        if (!settings.get(Setting.SMS_GATEWAY_URL).isBlank()) {
            return List.of();
        }
        return em.createQuery("""
                        select s from RecordedSms s where s.tenantSlug = :tenant
                        order by s.recordedAt desc, s.id desc""", RecordedSms.class)
                .setParameter("tenant", tenant.value())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream()
                .map(RecordedSmsView::of)
                .toList();
    }
}
