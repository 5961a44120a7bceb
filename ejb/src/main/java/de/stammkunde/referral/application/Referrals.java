package de.stammkunde.referral.application;

import de.stammkunde.client.application.ClientChecks;
import de.stammkunde.loyalty.application.LoyaltyService;
import de.stammkunde.loyalty.domain.LedgerSource;
import de.stammkunde.loyalty.domain.LedgerTexts;
import de.stammkunde.messaging.application.TenantFacts;
import de.stammkunde.referral.domain.ReferralCodes;
import de.stammkunde.referral.domain.ReferralSettings;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.time.SqlTimes;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Who referred whom: registered by staff from the referrer's profile or by a code given at online
 * booking, once per referred client, never oneself (same client, email or phone). When the
 * referred client's first session is confirmed, the referrer gets the referral points (up to the
 * monthly cap) and the friend the welcome points, both linked to the referral, so once only.
 */
@Stateless
public class Referrals {

    /** What became of a code given at online booking; the booking stands either way. */
    public enum Outcome { REGISTERED, UNKNOWN_CODE, SELF_REFERRAL, ALREADY_REFERRED, REFERRALS_OFF }

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    ClientChecks clientChecks;

    @Inject
    Clock clock;

    @Inject
    LoyaltyService loyalty;

    @Inject
    ReferralCodeService codes;

    @Inject
    TenantFacts tenantFacts;

    /** Staff register a friend the client referred; refused with a clear problem when a guard says no. */
    public ReferralView register(long referrerId, long referredId) {
        clientChecks.requireExisting(referrerId);
        clientChecks.requireExisting(referredId);
        Outcome outcome = insert(referrerId, referredId, codes.codeOf(referrerId).code(), "STAFF");
        return switch (outcome) {
            case REGISTERED -> of(referredId, true).get(0);
            case SELF_REFERRAL -> throw new Conflict("self-referral",
                    "A client cannot refer themselves (same client, email or phone number)");
            case ALREADY_REFERRED -> throw new Conflict("already-referred", "This client was referred by someone already");
            case REFERRALS_OFF -> throw new Conflict("referrals-off", "The referral program is switched off");
            case UNKNOWN_CODE -> throw new IllegalStateException("a referrer without a code");
        };
    }

    /** A code given at online booking: links the booking client to the code's owner when the guards allow it. */
    public Outcome registerByCode(long referredId, String code) {
        String normalised = ReferralCodes.normalise(code);
        @SuppressWarnings("unchecked")
        List<Number> owner = em.createNativeQuery("""
                        select r.client_id from referral_code r join client c on c.id = r.client_id
                        where r.code = :code and r.active and c.deleted_at is null""")
                .setParameter("code", normalised).getResultList();
        if (owner.isEmpty()) {
            return Outcome.UNKNOWN_CODE;
        }
        return insert(owner.get(0).longValue(), referredId, normalised, "BOOKING");
    }

    private Outcome insert(long referrerId, long referredId, String code, String source) {
        if (!settings().enabled()) {
            return Outcome.REFERRALS_OFF;
        }
        if (referrerId == referredId || sameContact(referrerId, referredId)) {
            return Outcome.SELF_REFERRAL;
        }
        int inserted = em.createNativeQuery("""
                        insert into referral (referrer_id, referred_id, code, source, created_at, created_by_name)
                        values (:referrer, :referred, :code, :source, :now, :by)
                        on conflict (referred_id) do nothing""")
                .setParameter("referrer", referrerId).setParameter("referred", referredId).setParameter("code", code)
                .setParameter("source", source).setParameter("now", clock.instant())
                .setParameter("by", AuditContext.current().actor().displayName())
                .executeUpdate();
        return inserted == 1 ? Outcome.REGISTERED : Outcome.ALREADY_REFERRED;
    }

    /**
     * The referred client's session was confirmed: when it is their first and the referral is not
     * settled yet, the referrer gets the referral points (unless the monthly cap is reached) and the
     * friend the welcome points.
     */
    public void sessionConfirmed(long appointmentId, long clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> open = em.createNativeQuery("""
                        select r.id, r.referrer_id from referral r
                        where r.referred_id = :client and r.settled_at is null
                        for update""")
                .setParameter("client", clientId).getResultList();
        if (open.isEmpty()) {
            return;
        }
        long referralId = ((Number) open.get(0)[0]).longValue();
        long referrerId = ((Number) open.get(0)[1]).longValue();
        ReferralSettings settings = settings();
        String outcome;
        if (!settings.enabled()) {
            outcome = "PROGRAM_OFF";
        } else if (earlierSessions(clientId, appointmentId) > 0) {
            outcome = "NOT_FIRST";
        } else {
            String language = tenantFacts.language();
            boolean capped = settings.monthlyCap() != null && awardsThisMonth(referrerId) >= settings.monthlyCap();
            if (!capped) {
                loyalty.awardForReferral(referralId, referrerId, LedgerSource.REFERRAL, settings.referrerPoints(),
                        LedgerTexts.referral(language, name(clientId)));
            }
            loyalty.awardForReferral(referralId, clientId, LedgerSource.WELCOME, settings.welcomePoints(),
                    LedgerTexts.welcome(language, name(referrerId)));
            outcome = capped ? "CAPPED" : "REWARDED";
        }
        em.createNativeQuery("""
                        update referral set settled_at = :now, appointment_id = :appointment, outcome = :outcome
                        where id = :id""")
                .setParameter("now", clock.instant()).setParameter("appointment", appointmentId)
                .setParameter("outcome", outcome).setParameter("id", referralId).executeUpdate();
    }

    /** The friends the client referred, and (first) who referred the client, when {@code referredToo}. */
    public List<ReferralView> of(long clientId, boolean referredToo) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select r.id, r.referrer_id, a.first_name || ' ' || a.last_name, r.referred_id,
                               b.first_name || ' ' || b.last_name, r.code, r.source, r.created_at, r.created_by_name,
                               r.settled_at, r.outcome,
                               (select sum(e.points) from loyalty_entry e where e.linked_type = 'referral'
                                  and e.linked_id = r.id and e.source = 'REFERRAL'),
                               (select sum(e.points) from loyalty_entry e where e.linked_type = 'referral'
                                  and e.linked_id = r.id and e.source = 'WELCOME')
                        from referral r join client a on a.id = r.referrer_id join client b on b.id = r.referred_id
                        where r.referrer_id = :client or (:referredToo and r.referred_id = :client)
                        order by (r.referred_id = :client) desc, r.created_at desc, r.id desc""")
                .setParameter("client", clientId).setParameter("referredToo", referredToo).getResultList();
        return rows.stream().map(row -> new ReferralView(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                (String) row[2], ((Number) row[3]).longValue(), (String) row[4], (String) row[5], (String) row[6],
                SqlTimes.instant(row[7]), (String) row[8], SqlTimes.instant(row[9]), (String) row[10], points(row[11]),
                points(row[12]))).toList();
    }

    public List<ReferralView> ofClient(long clientId) {
        clientChecks.requireExisting(clientId);
        return of(clientId, true);
    }

    private boolean sameContact(long a, long b) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select lower(email), phone from client where id in (:a, :b)")
                .setParameter("a", a).setParameter("b", b).getResultList();
        if (rows.size() < 2) {
            return false;
        }
        Object[] first = rows.get(0);
        Object[] second = rows.get(1);
        return first[0] != null && Objects.equals(first[0], second[0])
                || first[1] != null && Objects.equals(first[1], second[1]);
    }

    private long earlierSessions(long clientId, long appointmentId) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from appointment
                        where client_id = :client and id <> :appointment and status in ('CONFIRMED', 'COMPLETED')""")
                .setParameter("client", clientId).setParameter("appointment", appointmentId).getSingleResult())
                .longValue();
    }

    /** Referral awards of the referrer since the start of this month in the business's time zone. */
    private long awardsThisMonth(long referrerId) {
        ZoneId zone = tenantFacts.zone();
        Instant monthStart = clock.instant().atZone(zone).toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
        return ((Number) em.createNativeQuery("""
                        select count(*) from loyalty_entry
                        where client_id = :client and source = 'REFERRAL' and points > 0 and created_at >= :since""")
                .setParameter("client", referrerId).setParameter("since", monthStart).getSingleResult()).longValue();
    }

    private String name(long clientId) {
        return (String) em.createNativeQuery("select first_name || ' ' || last_name from client where id = :id")
                .setParameter("id", clientId).getSingleResult();
    }

    private ReferralSettings settings() {
        return em.find(ReferralSettings.class, ReferralSettings.ID);
    }

    private static Integer points(Object sum) {
        return sum == null ? null : ((Number) sum).intValue();
    }
}
