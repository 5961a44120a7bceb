package de.stammkunde.loyalty.application;

import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.shared.time.SqlTimes;
import de.stammkunde.tenancy.application.StaffDirectory;
import de.stammkunde.tenancy.application.StaffMemberView;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Retroactive recalculation of payment and session points under the current rules: for every fully
 * paid invoice and every confirmed (or completed) session of the period that has no automatic
 * entry yet, one {@code RECALCULATION} entry, written set-based in one statement together with the
 * balances; then the rewards now reached; then an email to the staff member who started it.
 * A preview shows the same without writing. One recalculation at a time; a second run awards
 * nothing, since every cause has at most one automatic entry.
 */
@Stateless
public class Recalculations {

    public static final Set<Integer> PERIODS = Set.of(3, 6, 12);
    private static final int PREVIEW_CLIENTS = 200;

    /**
     * Taken by a recalculation's awarding and by the reset of automatic points, each for its
     * transaction: the one that comes second sees what the first committed, so a reset never leaves
     * points a recalculation was writing meanwhile. Per tenant schema.
     */
    static final String AUTOMATIC_POINTS_LOCK =
            "select 1 from pg_advisory_xact_lock(hashtext(current_schema() || ':loyalty-automatic-points'))";

    /**
     * The causes without automatic points, with what they earn now: fully paid invoices (paid in
     * full within the period) and confirmed or completed sessions (starting within the period).
     * Invoices that have their points are left out before their payments are summed: a second run
     * then sums none (0.9 s instead of 1.9 s on 100,000 clients).
     */
    static final String DUE = """
            with settings as (select enabled, points_per_euro_enabled, points_per_euro from loyalty_settings where id = 1),
            paid as (
                select i.id, i.client_id, i.total_cents, max(p.paid_at) as paid_at
                from invoice i join payment p on p.invoice_id = i.id
                where i.status = 'PAID'
                  and not exists (select 1 from loyalty_entry e where e.linked_type = 'invoice' and e.linked_id = i.id
                                  and e.source in ('PAYMENT', 'RECALCULATION'))
                group by i.id, i.client_id, i.total_cents
            ),
            due as (
                select pd.client_id, floor(pd.total_cents * s.points_per_euro / 100)::integer as points,
                       'payment' as kind, 'invoice' as linked_type, pd.id as linked_id
                from paid pd cross join settings s
                join client c on c.id = pd.client_id and c.deleted_at is null and not c.processing_restricted
                where s.enabled and s.points_per_euro_enabled and pd.paid_at >= :since
                union all
                select a.client_id, sp.points, 'session', 'appointment', a.id
                from appointment a
                join loyalty_session_points sp on sp.session_type_id = a.session_type_id and sp.enabled and sp.points > 0
                cross join settings s
                join client c on c.id = a.client_id and c.deleted_at is null and not c.processing_restricted
                where s.enabled and a.status in ('CONFIRMED', 'COMPLETED') and a.starts_at >= :since
                  and not exists (select 1 from loyalty_entry e where e.linked_type = 'appointment' and e.linked_id = a.id
                                  and e.source in ('SESSION', 'RECALCULATION'))
            )
            """;

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StaffDirectory staff;

    @Inject
    RecalculationWorker worker;

    /** What a recalculation of the last {@code months} (null: all time) would award now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RecalculationPreview preview(Integer months) {
        Instant since = since(months);
        Object[] totals = (Object[]) em.createNativeQuery(DUE + """
                        select count(*) filter (where kind = 'payment'), count(*) filter (where kind = 'session'),
                               coalesce(sum(points), 0), count(distinct client_id)
                        from due where points > 0""")
                .setParameter("since", since).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(DUE + """
                        , per_client as (select client_id, sum(points) as points from due where points > 0 group by client_id)
                        select pc.client_id, c.first_name || ' ' || c.last_name, coalesce(b.points, 0), pc.points,
                               (select string_agg(t.name, '|' order by t.threshold) from reward_tier t
                                where t.active and t.threshold <= coalesce(b.points, 0) + pc.points
                                  and not exists (select 1 from reward_grant g where g.tier_id = t.id
                                                  and g.client_id = pc.client_id))
                        from per_client pc join client c on c.id = pc.client_id
                        left join loyalty_balance b on b.client_id = pc.client_id
                        order by pc.points desc, pc.client_id
                        limit :limit""")
                .setParameter("since", since).setParameter("limit", PREVIEW_CLIENTS).getResultList();
        return new RecalculationPreview(months, ((Number) totals[0]).intValue(), ((Number) totals[1]).intValue(),
                ((Number) totals[2]).longValue(), ((Number) totals[3]).intValue(), rows.stream()
                .map(row -> new RecalculationPreview.ClientPreview(((Number) row[0]).longValue(), (String) row[1],
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                        row[4] == null ? List.of() : Arrays.asList(((String) row[4]).split("\\|")))).toList());
    }

    /** Queues a recalculation and starts it in the background; 409 while another one is open. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RecalculationView start(Integer months) {
        Instant since = since(months);
        Actor actor = AuditContext.current().actor();
        String email = actor.kind() == Actor.Kind.STAFF ? staff.list().stream()
                .filter(member -> member.subject().equals(actor.id())).map(StaffMemberView::email).findFirst()
                .orElse(null) : null;
        Number id;
        try {
            id = (Number) em.createNativeQuery("""
                            insert into loyalty_recalculation (months, since, state, started_by_id, started_by_name,
                                                               started_by_email, created_at)
                            values (:months, :since, 'QUEUED', :actorId, :actorName, :email, :now)
                            returning id""")
                    .setParameter("months", new TypedParameterValue<>(StandardBasicTypes.INTEGER, months))
                    .setParameter("since", since).setParameter("actorId", actor.id())
                    .setParameter("actorName", actor.displayName()).setParameter("email", email)
                    .setParameter("now", clock.instant()).getSingleResult();
        } catch (PersistenceException e) {
            throw new Conflict("recalculation-running", "A recalculation is queued or running; wait until it is done");
        }
        return find(id.longValue());
    }

    /** Hands a started recalculation to the background, after the caller's commit. */
    public void run(long id) {
        worker.run(TenantContext.require(), AuditContext.current(), id);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RecalculationView find(long id) {
        List<RecalculationView> found = views("where id = :id", id);
        if (found.isEmpty()) {
            throw new NotFound("recalculation-not-found", "No recalculation " + id);
        }
        return found.get(0);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RecalculationView> list() {
        return views("order by id desc limit 50", null);
    }

    private List<RecalculationView> views(String where, Long id) {
        var query = em.createNativeQuery("""
                select id, months, since, state, phase, payments, sessions, points, clients, rewards, started_by_name,
                       created_at, finished_at, error
                from loyalty_recalculation
                """ + where);
        if (id != null) {
            query.setParameter("id", id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new RecalculationView(((Number) row[0]).longValue(),
                row[1] == null ? null : ((Number) row[1]).intValue(),
                SqlTimes.instant(row[2]), (String) row[3], (String) row[4], ((Number) row[5]).intValue(),
                ((Number) row[6]).intValue(), ((Number) row[7]).longValue(), ((Number) row[8]).intValue(),
                ((Number) row[9]).intValue(), (String) row[10], SqlTimes.instant(row[11]), SqlTimes.instant(row[12]), (String) row[13]))
                .toList();
    }

    /** The start of the period: {@code months} back from now, or the beginning of time. */
    Instant since(Integer months) {
        if (months == null) {
            return Instant.EPOCH;
        }
        if (!PERIODS.contains(months)) {
            throw Invalid.field("months", "3, 6 or 12, or none for all time");
        }
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(months).toInstant();
    }
}
