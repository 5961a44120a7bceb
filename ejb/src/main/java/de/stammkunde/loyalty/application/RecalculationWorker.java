package de.stammkunde.loyalty.application;

import de.stammkunde.messaging.application.TenantFacts;
import de.stammkunde.messaging.domain.EmailAddress;
import de.stammkunde.messaging.domain.MailMessage;
import de.stammkunde.messaging.infrastructure.SmtpMailer;
import de.stammkunde.reward.application.PendingGrants;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.job.EveryTenant;
import de.stammkunde.shared.job.PlannerStatistics;
import de.stammkunde.shared.time.SqlTimes;
import de.stammkunde.tenancy.domain.TenantContext;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs recalculations in the background, each phase in transactions of its own: awarding (one
 * statement writes the entries and the balances of the first thousand clients, a second one those
 * of the rest), rewards (every active tier, a batch per transaction), the email to whoever started
 * it. A run holds a ten-minute lease; one whose server died is picked up again by
 * {@link #resumeAll(Clock)}, and since every cause has at most one automatic entry, running again
 * never awards twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecalculationWorker {

    private static final Logger LOG = Logger.getLogger(RecalculationWorker.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(10);
    static final int FIRST_SLICE_CLIENTS = 1_000;

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PendingGrants grants;

    @Inject
    PlannerStatistics statistics;

    @Inject
    SmtpMailer mailer;

    @Inject
    TenantFacts tenantFacts;

    @Resource
    SessionContext context;

    @Asynchronous
    public void run(TenantSlug tenant, AuditContext.Entry audit, long id) {
        String requestId = audit.requestId() != null ? audit.requestId() : UUID.randomUUID().toString();
        TenantContext.runAs(tenant, () -> AuditContext.runAs(audit.actor(), requestId, () -> {
            self().execute(id, clock.instant());
            return null;
        }));
    }

    /** Every tenant's recalculations that a restart left queued or running, as of the clock; returns how many ran. */
    public int resumeAll(Clock at) {
        Instant now = at.instant();
        return EveryTenant.count(tenantFacts.active(), LOG, "Resuming recalculations", tenant -> {
            List<Long> stale = self().stale(now);
            stale.forEach(id -> self().execute(id, now));
            return stale.size();
        });
    }

    /** Runs the recalculation if it is queued or its lease ran out as of {@code now}. */
    public void execute(long id, Instant now) {
        RecalculationWorker self = self();
        if (!self.claim(id, now)) {
            return;
        }
        try {
            // the first clients alone first: a young ledger is about to grow manyfold in one statement,
            // and the plans other requests cached for its few rows (the loyalty box's sums: a scan of
            // the ledger) would scan everything that statement writes; fresh statistics after a small
            // slice replace them with plans by index before the bulk begins
            long firstSlice = self.firstSliceBound();
            if (firstSlice < Long.MAX_VALUE && self.award(id, firstSlice) > 0) {
                statistics.refresh("loyalty_entry, loyalty_balance");
            }
            // a run that awarded nothing (a second run; a resumed one counts what it awarded before)
            // raised no balance: its rewards phase has nobody to grant to
            boolean awarded = self.award(id, Long.MAX_VALUE) > 0;
            self.phase(id, "rewards", 0);
            if (awarded) {
                statistics.refresh("loyalty_entry, loyalty_balance");
            }
            int rewards = 0;
            for (long tier : awarded ? self.activeTiers() : List.<Long>of()) {
                rewards += grants.grantTier(tier);
            }
            if (rewards > 0) {
                statistics.refresh("reward_grant");
            }
            self.phase(id, "email", rewards);
            mail(self.startedBy(id), id);
            self.done(id);
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.WARNING, "Recalculation " + id + " failed, reference " + reference, e);
            self.fail(id, "unexpected error, reference " + reference);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> stale(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select id from loyalty_recalculation
                        where state = 'QUEUED' and created_at < :queuedBefore
                           or state = 'RUNNING' and lease_until < :now
                        order by id""")
                .setParameter("queuedBefore", now.minus(Duration.ofMinutes(1)))
                .setParameter("now", now).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Takes the recalculation if it is queued or its lease ran out. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long id, Instant now) {
        return em.createNativeQuery("""
                        update loyalty_recalculation set state = 'RUNNING', phase = 'awarding', lease_until = :lease
                        where id = :id and (state = 'QUEUED' or state = 'RUNNING' and lease_until < :now)""")
                .setParameter("lease", now.plus(LEASE)).setParameter("now", now).setParameter("id", id)
                .executeUpdate() == 1;
    }

    /**
     * The id of the first client after the first slice of {@value #FIRST_SLICE_CLIENTS} clients, or
     * {@link Long#MAX_VALUE} when the tenant has no more clients than that.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long firstSliceBound() {
        List<?> id = em.createNativeQuery("select id from client order by id offset :slice limit 1")
                .setParameter("slice", FIRST_SLICE_CLIENTS).getResultList();
        return id.isEmpty() ? Long.MAX_VALUE : ((Number) id.get(0)).longValue();
    }

    /**
     * The entries and the balances of the clients with ids below {@code bound} in one statement; the
     * counts of what it wrote on the recalculation. Returns how many entries the run has written,
     * this time and before (in an earlier slice, or before a restart).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int award(long id, long bound) {
        em.createNativeQuery(Recalculations.AUTOMATIC_POINTS_LOCK).getSingleResult();
        Object[] since = (Object[]) em.createNativeQuery("select since, id from loyalty_recalculation where id = :id")
                .setParameter("id", id).getSingleResult();
        boolean english = "en".equals(tenantFacts.language());
        Actor actor = AuditContext.current().actor();
        Instant now = clock.instant();
        Object[] counts = (Object[]) em.createNativeQuery(Recalculations.DUE + """
                        , inserted as (
                            insert into loyalty_entry (client_id, points, source, kind, linked_type, linked_id,
                                                       description, actor_kind, actor_id, actor_name, created_at)
                            select client_id, points, 'RECALCULATION', kind, linked_type, linked_id,
                                   case kind when 'payment' then :invoiceText else :sessionText end || linked_id,
                                   :actorKind, :actorId, :actorName, :now
                            from due where points > 0 and client_id < :bound
                            on conflict (source, linked_type, linked_id, kind) where kind is not null do nothing
                            returning client_id, points, kind
                        ),
                        balances as (
                            insert into loyalty_balance (client_id, points, updated_at)
                            select client_id, sum(points), :now from inserted group by client_id
                            on conflict (client_id) do update
                                set points = loyalty_balance.points + excluded.points, updated_at = excluded.updated_at
                            returning client_id
                        )
                        select (select count(*) from inserted where kind = 'payment'),
                               (select count(*) from inserted where kind = 'session'),
                               (select coalesce(sum(points), 0) from inserted),
                               (select count(*) from balances)""")
                .setParameter("since", SqlTimes.instant(since[0])).setParameter("bound", bound)
                .setParameter("invoiceText", english ? "Recalculation: invoice " : "Neuberechnung: Rechnung ")
                .setParameter("sessionText", english ? "Recalculation: appointment " : "Neuberechnung: Termin ")
                .setParameter("actorKind", actor.kind().name()).setParameter("actorId", actor.id())
                .setParameter("actorName", actor.displayName()).setParameter("now", now)
                .getSingleResult();
        em.createNativeQuery("""
                        update loyalty_recalculation
                        set payments = payments + :payments, sessions = sessions + :sessions, points = points + :points,
                            clients = clients + :clients, lease_until = :lease
                        where id = :id""")
                .setParameter("payments", ((Number) counts[0]).intValue())
                .setParameter("sessions", ((Number) counts[1]).intValue())
                .setParameter("points", ((Number) counts[2]).longValue())
                .setParameter("clients", ((Number) counts[3]).intValue())
                .setParameter("lease", now.plus(LEASE)).setParameter("id", id).executeUpdate();
        return ((Number) em.createNativeQuery("select payments + sessions from loyalty_recalculation where id = :id")
                .setParameter("id", id).getSingleResult()).intValue();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> activeTiers() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from reward_tier where active order by threshold, id")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void phase(long id, String phase, int rewards) {
        em.createNativeQuery("update loyalty_recalculation set phase = :phase, rewards = rewards + :rewards where id = :id")
                .setParameter("phase", phase).setParameter("rewards", rewards).setParameter("id", id).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RecalculationView startedBy(long id) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "select started_by_email, months, payments, sessions, points, clients, rewards from loyalty_recalculation"
                                + " where id = :id")
                .setParameter("id", id).getSingleResult();
        return new RecalculationView(id, row[1] == null ? null : ((Number) row[1]).intValue(), null, null, null,
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), ((Number) row[4]).longValue(),
                ((Number) row[5]).intValue(), ((Number) row[6]).intValue(), (String) row[0], null, null, null);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void done(long id) {
        em.createNativeQuery("""
                        update loyalty_recalculation set state = 'DONE', phase = null, lease_until = null,
                                                         finished_at = :now where id = :id""")
                .setParameter("now", clock.instant()).setParameter("id", id).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long id, String error) {
        em.createNativeQuery("""
                        update loyalty_recalculation set state = 'FAILED', lease_until = null, error = :error,
                                                         finished_at = :now where id = :id""")
                .setParameter("error", error).setParameter("now", clock.instant()).setParameter("id", id)
                .executeUpdate();
    }

    /** Tells whoever started it (the view's {@code startedBy} is their email here) what it did. */
    private void mail(RecalculationView done, long id) {
        if (done.startedBy() == null) {
            return;
        }
        boolean english = "en".equals(tenantFacts.language());
        String business = tenantFacts.name();
        String period = done.months() == null ? (english ? "all time" : "gesamter Zeitraum")
                : done.months() + (english ? " months" : " Monate");
        String subject = english ? business + ": points recalculation done" : business + ": Neuberechnung der Punkte abgeschlossen";
        String text = english ? """
                The recalculation of points (%s) is done.
                Payments: %d, sessions: %d, points awarded: %d, clients: %d, rewards unlocked: %d.
                """.formatted(period, done.payments(), done.sessions(), done.points(), done.clients(), done.rewards())
                : """
                Die Neuberechnung der Punkte (%s) ist abgeschlossen.
                Zahlungen: %d, Termine: %d, vergebene Punkte: %d, Kundinnen und Kunden: %d, freigeschaltete Prämien: %d.
                """.formatted(period, done.payments(), done.sessions(), done.points(), done.clients(), done.rewards());
        try {
            mailer.send(new MailMessage(new EmailAddress(done.startedBy()), subject, text));
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "The email about recalculation " + id + " could not be sent", e);
        }
    }

    private RecalculationWorker self() {
        return context.getBusinessObject(RecalculationWorker.class);
    }
}
