package de.stammkunde.shared.job;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Fresh planner statistics for the current tenant's tables that background work grows in bulk,
 * each refresh committed on its own. Until autovacuum catches up, PostgreSQL plans for the size it
 * last saw: the rewards' query after a million new ledger entries was planned for the 40 balances
 * of before and took 45 s instead of 10 ms; and the plans other requests cached while a table held
 * a handful of rows (the loyalty box: a client's entries and grants) scan it, however far it grows,
 * until statistics change. A small sample (3,000 rows, about 40 ms) is enough for that; autovacuum
 * refines it later.
 */
@Stateless
public class PlannerStatistics {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    /** {@code tables}: names of the tenant's tables, comma-separated; a constant of the caller's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refresh(String tables) {
        em.createNativeQuery("set local default_statistics_target = 10").executeUpdate();
        em.createNativeQuery("analyze " + tables).executeUpdate();
    }
}
