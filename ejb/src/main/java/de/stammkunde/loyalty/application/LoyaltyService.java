package de.stammkunde.loyalty.application;

import de.stammkunde.client.application.ClientChecks;
import de.stammkunde.loyalty.domain.LedgerSource;
import de.stammkunde.loyalty.domain.LedgerTexts;
import de.stammkunde.loyalty.domain.LoyaltySettings;
import de.stammkunde.loyalty.domain.SessionPoints;
import de.stammkunde.messaging.application.TenantFacts;
import de.stammkunde.reward.application.Rewards;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Changes of points, each one ledger entry and the balance changed with it in the caller's
 * transaction. Automatic entries name their cause (invoice or appointment and kind), and the
 * ledger's unique key on it makes a second award of the same cause do nothing — a replayed
 * event, a double click, two nodes. Reaching a reward's threshold grants it in the same transaction.
 */
@Stateless
public class LoyaltyService {

    public static final int MAX_MANUAL_POINTS = 1_000_000;
    private static final int MAX_REASON = 500;

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    ClientChecks clientChecks;

    @Inject
    Clock clock;

    @Inject
    Rewards rewards;

    @Inject
    TenantFacts tenantFacts;

    /** Points for a fully paid invoice under the current rules; nothing when the program or the ratio is off. */
    public Optional<Long> awardForPayment(long invoiceId, long clientId, long totalCents) {
        LoyaltySettings settings = settings();
        int points = settings.pointsForPayment(totalCents);
        if (points == 0 || !clientChecks.processable(clientId)) {
            return Optional.empty();
        }
        return append(clientId, points, LedgerSource.PAYMENT, "award", "invoice", invoiceId, null,
                LedgerTexts.payment(tenantFacts.language(), invoiceId, totalCents, settings.pointsPerEuro()));
    }

    /** Points for a confirmed session: its session type's current value, when switched on. */
    public Optional<Long> awardForSession(long appointmentId, long clientId, long sessionTypeId) {
        if (!settings().enabled() || !clientChecks.processable(clientId)) {
            return Optional.empty();
        }
        SessionPoints rule = em.find(SessionPoints.class, sessionTypeId);
        int points = rule == null ? 0 : rule.earned();
        if (points == 0) {
            return Optional.empty();
        }
        String typeName = (String) em.createNativeQuery("select name from session_type where id = :id")
                .setParameter("id", sessionTypeId).getSingleResult();
        return append(clientId, points, LedgerSource.SESSION, "award", "appointment", appointmentId, null,
                LedgerTexts.session(tenantFacts.language(), appointmentId, typeName));
    }

    /**
     * Points for a referral: the referrer's ({@code REFERRAL}) or the friend's welcome points
     * ({@code WELCOME}), once per referral and source; nothing while the program is off.
     */
    public Optional<Long> awardForReferral(long referralId, long clientId, LedgerSource source, int points,
                                           String description) {
        if (source != LedgerSource.REFERRAL && source != LedgerSource.WELCOME) {
            throw new IllegalArgumentException("Not a referral source: " + source);
        }
        if (points <= 0 || !settings().enabled() || !clientChecks.processable(clientId)) {
            return Optional.empty();
        }
        return append(clientId, points, source, "award", "referral", referralId, null, description);
    }

    /** Takes back what a refunded invoice earned (also by a recalculation), once. */
    public Optional<Long> reverseInvoice(long invoiceId, long clientId) {
        return reverse(clientId, "invoice", invoiceId, LedgerSource.PAYMENT, "payment",
                LedgerTexts.invoiceRefunded(tenantFacts.language(), invoiceId));
    }

    /** Takes back what a confirmed, now cancelled session earned, once. */
    public Optional<Long> reverseSession(long appointmentId, long clientId) {
        return reverse(clientId, "appointment", appointmentId, LedgerSource.SESSION, "session",
                LedgerTexts.sessionCancelled(tenantFacts.language(), appointmentId));
    }

    private Optional<Long> reverse(long clientId, String linkedType, long linkedId, LedgerSource source, String kind,
                                   String description) {
        @SuppressWarnings("unchecked")
        List<Object[]> awarded = em.createNativeQuery("""
                        select id, points from loyalty_entry
                        where linked_type = :type and linked_id = :id and source in (:source, 'RECALCULATION')
                        order by id""")
                .setParameter("type", linkedType).setParameter("id", linkedId).setParameter("source", source.name())
                .getResultList();
        long points = awarded.stream().mapToLong(row -> ((Number) row[1]).longValue()).sum();
        if (points <= 0) {
            return Optional.empty();
        }
        Long first = ((Number) awarded.get(0)[0]).longValue();
        return append(clientId, (int) -points, LedgerSource.REVERSAL, kind, linkedType, linkedId, first, description);
    }

    /**
     * Removes every payment and session point (also recalculated ones) with one reversing entry
     * per invoice or appointment that still holds points, in one statement with the balances;
     * manual, referral and welcome points and granted rewards stay. The caller must confirm.
     */
    public ResetReport resetAutomatic(boolean confirmed) {
        if (!confirmed) {
            throw Invalid.field("confirm", "true, to remove every payment and session point");
        }
        if (!em.createNativeQuery("select 1 from loyalty_recalculation where state in ('QUEUED', 'RUNNING')")
                .getResultList().isEmpty()) {
            throw new Conflict("recalculation-running", "A recalculation is queued or running; reset once it is done");
        }
        em.createNativeQuery(Recalculations.AUTOMATIC_POINTS_LOCK).getSingleResult();
        Actor actor = AuditContext.current().actor();
        boolean english = "en".equals(tenantFacts.language());
        Object[] counts = (Object[]) em.createNativeQuery("""
                        with net as (
                            select client_id, linked_type, linked_id, sum(points) as points
                            from loyalty_entry
                            where linked_type in ('invoice', 'appointment')
                              and source in ('PAYMENT', 'SESSION', 'RECALCULATION', 'REVERSAL')
                            group by client_id, linked_type, linked_id
                            having sum(points) > 0
                        ),
                        inserted as (
                            insert into loyalty_entry (client_id, points, source, kind, linked_type, linked_id,
                                                       description, actor_kind, actor_id, actor_name, created_at)
                            select client_id, -points, 'REVERSAL', 'reset', linked_type, linked_id,
                                   case linked_type when 'invoice' then :invoiceText else :sessionText end || linked_id,
                                   :actorKind, :actorId, :actorName, :now
                            from net
                            on conflict (source, linked_type, linked_id, kind) where kind is not null do nothing
                            returning client_id, points
                        ),
                        balances as (
                            update loyalty_balance b set points = b.points + d.points, updated_at = :now
                            from (select client_id, sum(points) as points from inserted group by client_id) d
                            where b.client_id = d.client_id
                            returning b.client_id
                        )
                        select (select count(*) from inserted), (select coalesce(-sum(points), 0) from inserted),
                               (select count(*) from balances)""")
                .setParameter("invoiceText", english ? "Automatic points reset: invoice " : "Automatische Punkte zurückgesetzt: Rechnung ")
                .setParameter("sessionText", english ? "Automatic points reset: appointment " : "Automatische Punkte zurückgesetzt: Termin ")
                .setParameter("actorKind", actor.kind().name()).setParameter("actorId", actor.id())
                .setParameter("actorName", actor.displayName()).setParameter("now", clock.instant())
                .getSingleResult();
        return new ResetReport(((Number) counts[0]).intValue(), ((Number) counts[1]).longValue(),
                ((Number) counts[2]).intValue());
    }

    /** Adds points by hand; the reason is required and the staff member recorded. */
    public LedgerEntryView add(long clientId, int points, String reason) {
        requireManual(points);
        String checked = reason(reason);
        clientChecks.requireProcessable(clientId, "no points");
        long id = append(clientId, points, LedgerSource.MANUAL, null, "staff", null, null, checked).orElseThrow();
        return entry(id);
    }

    /**
     * Deducts points by hand (a correction). The balance may go below zero only when the caller
     * confirmed it ({@code belowZero}); otherwise 409 names the balance.
     */
    public LedgerEntryView deduct(long clientId, int points, String reason, boolean belowZero) {
        requireManual(points);
        String checked = reason(reason);
        clientChecks.requireProcessable(clientId, "no points");
        long balance = lockedBalance(clientId);
        if (balance - points < 0 && !belowZero) {
            throw new Conflict("balance-below-zero", "The balance is " + balance + " points; deducting " + points
                    + " would leave " + (balance - points) + ". Confirm to go below zero.",
                    List.of(new Invalid.Violation("points", "the balance is " + balance + " points; deducting " + points
                            + " leaves " + (balance - points) + "; send belowZero: true to confirm")));
        }
        long id = append(clientId, -points, LedgerSource.MANUAL, null, "staff", null, null, checked).orElseThrow();
        return entry(id);
    }

    /**
     * Writes the entry unless its cause has one already, changes the balance with it and grants
     * the rewards a higher balance unlocks; returns the new entry's id, empty for a known cause.
     */
    Optional<Long> append(long clientId, int points, LedgerSource source, String kind, String linkedType,
                          Long linkedId, Long reverses, String description) {
        Actor actor = AuditContext.current().actor();
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> inserted = em.createNativeQuery("""
                        insert into loyalty_entry (client_id, points, source, kind, linked_type, linked_id, reverses,
                                                   description, actor_kind, actor_id, actor_name, created_at)
                        values (:client, :points, :source, :kind, :linkedType, :linkedId, :reverses, :description,
                                :actorKind, :actorId, :actorName, :now)
                        on conflict (source, linked_type, linked_id, kind) where kind is not null do nothing
                        returning id""")
                .setParameter("client", clientId)
                .setParameter("points", points)
                .setParameter("source", source.name())
                .setParameter("kind", text(kind))
                .setParameter("linkedType", text(linkedType))
                .setParameter("linkedId", number(linkedId))
                .setParameter("reverses", number(reverses))
                .setParameter("description", description)
                .setParameter("actorKind", actor.kind().name())
                .setParameter("actorId", actor.id())
                .setParameter("actorName", actor.displayName())
                .setParameter("now", now)
                .getResultList();
        if (inserted.isEmpty()) {
            return Optional.empty();
        }
        long balance = ((Number) em.createNativeQuery("""
                        insert into loyalty_balance (client_id, points, updated_at) values (:client, :points, :now)
                        on conflict (client_id) do update
                            set points = loyalty_balance.points + excluded.points, updated_at = excluded.updated_at
                        returning points""")
                .setParameter("client", clientId).setParameter("points", (long) points).setParameter("now", now)
                .getSingleResult()).longValue();
        if (points > 0) {
            rewards.unlock(clientId, balance);
        }
        return Optional.of(inserted.get(0).longValue());
    }

    LedgerEntryView entry(long id) {
        return LoyaltyAccounts.entries(em, "where e.id = :id", q -> q.setParameter("id", id)).get(0);
    }

    private long lockedBalance(long clientId) {
        List<?> row = em.createNativeQuery("select points from loyalty_balance where client_id = :client for update")
                .setParameter("client", clientId).getResultList();
        return row.isEmpty() ? 0 : ((Number) row.get(0)).longValue();
    }

    /** Whether events earn this client points: not erased, processing not restricted. */
    private static void requireManual(int points) {
        if (points < 1 || points > MAX_MANUAL_POINTS) {
            throw Invalid.field("points", "1 to " + MAX_MANUAL_POINTS);
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw Invalid.field("reason", "required, at most " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    private LoyaltySettings settings() {
        return em.find(LoyaltySettings.class, LoyaltySettings.ID);
    }

    /** Null-typed parameters, so that PostgreSQL learns their type. */
    private static TypedParameterValue<String> text(String value) {
        return new TypedParameterValue<>(StandardBasicTypes.STRING, value);
    }

    private static TypedParameterValue<Long> number(Long value) {
        return new TypedParameterValue<>(StandardBasicTypes.LONG, value);
    }
}
