package de.stammkunde.loyalty.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps the summaries of the ledger ({@code loyalty_points_rollup}) and of the rewards
 * ({@code reward_grant_rollup}) small. Triggers add a row per statement on the ledger or the
 * grants; folding sums the rows of each quarter hour and key that has new rows into one. Safe
 * beside writers and another fold: a fold deletes only the rows its snapshot sees and inserts
 * their sums, so every point and grant is counted exactly once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoyaltyRollup {

    /** New rows up to which reading them beside the folded ones costs less than folding. */
    static final int UNFOLDED_LIMIT = 200;

    private static final String POINTS = """
            with touched as (select distinct bucket, source from loyalty_points_rollup where not folded),
            gone as (
                delete from loyalty_points_rollup r using touched t where r.bucket = t.bucket and r.source = t.source
                returning r.bucket, r.source, r.points, r.positive
            ),
            folded as (
                insert into loyalty_points_rollup (bucket, source, points, positive, folded)
                select bucket, source, sum(points), sum(positive), true from gone group by 1, 2
            )
            select count(*) from gone""";

    private static final String GRANTS = """
            with touched as (select distinct bucket, reward_name from reward_grant_rollup where not folded),
            gone as (
                delete from reward_grant_rollup r using touched t
                where r.bucket = t.bucket and r.reward_name = t.reward_name
                returning r.bucket, r.reward_name, r.granted, r.redeemed
            ),
            folded as (
                insert into reward_grant_rollup (bucket, reward_name, granted, redeemed, folded)
                select bucket, reward_name, sum(granted), sum(redeemed), true from gone group by 1, 2
            )
            select count(*) from gone""";

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    /** Folds a summary with more than {@value #UNFOLDED_LIMIT} new rows; returns how many rows it folded. */
    public int foldIfNeeded() {
        return foldBeyond(UNFOLDED_LIMIT);
    }

    /** Folds a summary with more than {@code limit} new rows; returns how many rows it folded. */
    public int foldBeyond(int limit) {
        return (unfolded("loyalty_points_rollup", limit) > limit ? fold(POINTS) : 0)
                + (unfolded("reward_grant_rollup", limit) > limit ? fold(GRANTS) : 0);
    }

    /** The new rows of the summary, counted up to one beyond the limit. */
    private long unfolded(String table, int limit) {
        return ((Number) em.createNativeQuery("select count(*) from (select 1 from " + table
                        + " where not folded limit :limit) r")
                .setParameter("limit", limit + 1).getSingleResult()).longValue();
    }

    private int fold(String statement) {
        return ((Number) em.createNativeQuery(statement).getSingleResult()).intValue();
    }
}
