package de.stammkunde.messaging.sms;

import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.tenancy.domain.OperatorAuditEntry;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The SMS credits of each tenant, kept by the platform: operators top them up, each SMS sent debits
 * as many credits as it has segments, and an SMS that could not be delivered gets them back. Every
 * change is a ledger entry written in the same transaction as the balance.
 *
 * <p>Debits are safe under concurrency without locks held in Java: the ledger's unique index on
 * (tenant, kind, reference) lets only one debit and one refund per reference in, and the balance
 * is lowered by a single conditional {@code update … where balance >= n}, which PostgreSQL
 * re-checks on the row it has locked, so concurrent debits can never take more than there is.
 */
@Stateless
public class SmsCredits {

    public static final int MAX_TOP_UP = 100_000;
    static final int MAX_NOTE = 500;
    static final int MAX_REFERENCE = 200;
    static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_ACTOR = 254;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    /** Credits left; 0 for a tenant that never had any. */
    public int balance(TenantSlug tenant) {
        List<?> rows = em.createNativeQuery("select balance from platform.sms_credit_balance where tenant_slug = :tenant")
                .setParameter("tenant", tenant.value())
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** Adds credits bought by the tenant, in the ledger and in the operators' audit log. */
    public SmsCreditView topUp(TenantSlug tenant, int credits, String actor, String note) {
        List<Invalid.Violation> violations = new ArrayList<>();
        if (credits < 1 || credits > MAX_TOP_UP) {
            violations.add(new Invalid.Violation("credits", "1 to " + MAX_TOP_UP));
        }
        String checkedNote = note == null || note.isBlank() ? null : note.strip();
        if (checkedNote != null && checkedNote.length() > MAX_NOTE) {
            violations.add(new Invalid.Violation("note", "at most " + MAX_NOTE + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        requireTenant(tenant);
        String checkedActor = actor.length() <= MAX_ACTOR ? actor : actor.substring(0, MAX_ACTOR);
        SmsCreditEntry entry = SmsCreditEntry.topUp(tenant.value(), credits, checkedActor, checkedNote, clock.instant());
        em.persist(entry);
        em.createNativeQuery("""
                        insert into platform.sms_credit_balance as b (tenant_slug, balance) values (:tenant, :credits)
                        on conflict (tenant_slug) do update set balance = b.balance + excluded.balance""")
                .setParameter("tenant", tenant.value())
                .setParameter("credits", credits)
                .executeUpdate();
        int balance = balance(tenant);
        em.persist(new OperatorAuditEntry(entry.createdAt(), checkedActor, "sms-credits.topped-up", tenant.value(),
                "+" + credits + " SMS credits, balance " + balance + (checkedNote == null ? "" : ": " + checkedNote)));
        em.flush();
        return new SmsCreditView(tenant.value(), balance, SmsCreditEntryView.of(entry));
    }

    /**
     * Takes {@code segments} credits for the SMS {@code reference}, in a transaction of its own so
     * that the debit stands whatever happens to the sender's. Debiting a reference again takes
     * nothing more and answers true.
     *
     * @return true when the SMS is paid for; false, with nothing written, when the balance is too low
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean debit(TenantSlug tenant, String reference, int segments) {
        requireReference(reference);
        if (segments < 1) {
            throw Invalid.field("segments", "1 or more");
        }
        int entered = em.createNativeQuery("""
                        insert into platform.sms_credit_entry (tenant_slug, delta, kind, reference, created_at)
                        select :tenant, :delta, 'DEBIT', :reference, :now
                        where exists (select 1 from platform.sms_credit_balance where tenant_slug = :tenant)
                        on conflict do nothing""")
                .setParameter("tenant", tenant.value())
                .setParameter("delta", -segments)
                .setParameter("reference", reference)
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (entered == 0) {
            // paid before, or the tenant never had credits
            return debited(tenant, reference) != null;
        }
        int paid = em.createNativeQuery("""
                        update platform.sms_credit_balance set balance = balance - :segments
                        where tenant_slug = :tenant and balance >= :segments""")
                .setParameter("segments", segments)
                .setParameter("tenant", tenant.value())
                .executeUpdate();
        if (paid == 0) {
            em.createNativeQuery("""
                            delete from platform.sms_credit_entry
                            where tenant_slug = :tenant and kind = 'DEBIT' and reference = :reference""")
                    .setParameter("tenant", tenant.value())
                    .setParameter("reference", reference)
                    .executeUpdate();
            return false;
        }
        return true;
    }

    /**
     * Gives back what the SMS {@code reference} was debited, when it was and has not been refunded
     * yet; otherwise does nothing. In a transaction of its own, like {@link #debit}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refund(TenantSlug tenant, String reference) {
        requireReference(reference);
        Integer debited = debited(tenant, reference);
        if (debited == null) {
            return;
        }
        int entered = em.createNativeQuery("""
                        insert into platform.sms_credit_entry (tenant_slug, delta, kind, reference, created_at)
                        values (:tenant, :delta, 'REFUND', :reference, :now)
                        on conflict do nothing""")
                .setParameter("tenant", tenant.value())
                .setParameter("delta", debited)
                .setParameter("reference", reference)
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (entered == 1) {
            em.createNativeQuery("""
                            update platform.sms_credit_balance set balance = balance + :credits
                            where tenant_slug = :tenant""")
                    .setParameter("credits", debited)
                    .setParameter("tenant", tenant.value())
                    .executeUpdate();
        }
    }

    /** One page of the tenant's ledger, newest first; 404 for a tenant that does not exist. */
    public List<SmsCreditEntryView> ledger(TenantSlug tenant, int page, int size) {
        requireValidPage(page, size);
        requireTenant(tenant);
        return em.createQuery("""
                        select e from SmsCreditEntry e where e.tenantSlug = :tenant
                        order by e.createdAt desc, e.id desc""", SmsCreditEntry.class)
                .setParameter("tenant", tenant.value())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream()
                .map(SmsCreditEntryView::of)
                .toList();
    }

    static void requireValidPage(int page, int size) {
        List<Invalid.Violation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(new Invalid.Violation("page", "0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add(new Invalid.Violation("size", "1 to " + MAX_PAGE_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
    }

    /** The credits the reference was debited, or null when it never was. */
    private Integer debited(TenantSlug tenant, String reference) {
        return em.createQuery("""
                        select -e.delta from SmsCreditEntry e
                        where e.tenantSlug = :tenant and e.kind = :kind and e.reference = :reference""", Integer.class)
                .setParameter("tenant", tenant.value())
                .setParameter("kind", SmsCreditKind.DEBIT)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private void requireTenant(TenantSlug tenant) {
        boolean exists = !em.createNativeQuery("select 1 from platform.tenant where slug = :slug")
                .setParameter("slug", tenant.value())
                .getResultList()
                .isEmpty();
        if (!exists) {
            throw new NotFound("tenant-not-found", "No tenant " + tenant);
        }
    }

    private static void requireReference(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
            throw Invalid.field("reference", "1 to " + MAX_REFERENCE + " characters");
        }
    }
}
