package de.stammkunde.loyalty.application;

import de.stammkunde.messaging.application.TenantFacts;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The leaderboard of a business, all set-based: the ranking (rank among every client with points,
 * ties share a rank) filtered and paged in SQL, the statistics, popular rewards, who is close to
 * the next reward, and the monthly figures for the charts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Leaderboard {

    private static final int TOP = 3;
    private static final int LISTED = 10;

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    TenantFacts tenantFacts;

    @Inject
    Clock clock;

    @Inject
    LoyaltyRollup rollup;

    public LeaderboardView view(LeaderboardQuery query) {
        rollup.foldIfNeeded();
        return new LeaderboardView(statistics(), items(LeaderboardQuery.of(null, null, null, null, 0, TOP)),
                ranking(query), popularRewards(), closeToNext(), pointsPerMonth(), grantsPerMonth());
    }

    /** A page of the ranking with the query's filters; the rank is among all clients with points. */
    public LeaderboardView.Page ranking(LeaderboardQuery query) {
        Filter filter = filter(query);
        Query count = em.createNativeQuery("select count(*) from loyalty_balance r join client c on c.id = r.client_id"
                + filter.where() + " and c.deleted_at is null and r.points > 0");
        filter.parameters().forEach(count::setParameter);
        return new LeaderboardView.Page(items(query), query.page(), query.size(),
                ((Number) count.getSingleResult()).longValue());
    }

    /** The query's filters as a where clause on a balance {@code r} and its client {@code c}. */
    private record Filter(String where, Map<String, Object> parameters) {
    }

    private static Filter filter(LeaderboardQuery query) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> parameters = new HashMap<>();
        if (query.minPoints() != null) {
            where.append(" and r.points >= :minPoints");
            parameters.put("minPoints", query.minPoints());
        }
        if (query.withReferrals() != null) {
            where.append(query.withReferrals() ? " and" : " and not")
                    .append(" exists (select 1 from referral x where x.referrer_id = r.client_id)");
        }
        if (query.withRewards() != null) {
            where.append(query.withRewards() ? " and" : " and not")
                    .append(" exists (select 1 from reward_grant g where g.client_id = r.client_id)");
        }
        if (query.search() != null) {
            where.append(" and lower(c.first_name || ' ' || c.last_name) like :search escape '\\'");
            parameters.put("search", "%" + query.search().toLowerCase()
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Filter(where.toString(), parameters);
    }

    /** The ranked clients of the query's page. */
    private List<LeaderboardView.RankedClient> items(LeaderboardQuery query) {
        Filter filter = filter(query);
        // The page first (its filters and the index on points decide), then the rank of its points:
        // 1 + the clients with more, counted over the balances down to the page's lowest points only,
        // instead of ranking every balance before filtering.
        Query items = em.createNativeQuery("""
                with page as (
                    select r.client_id, r.points, c.first_name || ' ' || c.last_name as name
                    from loyalty_balance r join client c on c.id = r.client_id""" + filter.where() + """
                      and c.deleted_at is null and r.points > 0
                    order by r.points desc, r.client_id limit :limit offset :offset
                ),
                counted as (
                    select x.points, count(*) as clients from loyalty_balance x
                    where x.points >= (select min(points) from page)
                      and not exists (select 1 from client d where d.id = x.client_id and d.deleted_at is not null)
                    group by x.points
                ),
                ranks as (
                    select points, 1 + coalesce(sum(clients) over (order by points desc
                                                    rows between unbounded preceding and 1 preceding), 0) as rank
                    from counted
                )
                select k.rank, p.client_id, p.name, p.points,
                       (select count(*) from referral x where x.referrer_id = p.client_id),
                       (select count(*) from reward_grant g where g.client_id = p.client_id)
                from page p join ranks k on k.points = p.points
                order by p.points desc, p.client_id""");
        filter.parameters().forEach(items::setParameter);
        items.setParameter("limit", query.size()).setParameter("offset", (long) query.page() * query.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = items.getResultList();
        return rows.stream().map(row -> new LeaderboardView.RankedClient(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), (String) row[2], ((Number) row[3]).longValue(),
                ((Number) row[4]).longValue(), ((Number) row[5]).longValue())).toList();
    }

    private LeaderboardView.Statistics statistics() {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select (select count(*) from client where deleted_at is null),
                               (select count(*) from loyalty_balance where points >= 1)
                               - (select count(*) from loyalty_balance b join client c on c.id = b.client_id
                                  where c.deleted_at is not null and b.points >= 1),
                               (select coalesce(sum(positive), 0) from loyalty_points_rollup),
                               (select count(*) from referral),
                               (select coalesce(sum(granted), 0) from reward_grant_rollup),
                               (select coalesce(sum(redeemed), 0) from reward_grant_rollup)""").getSingleResult();
        return new LeaderboardView.Statistics(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue(),
                ((Number) row[5]).longValue());
    }

    private List<LeaderboardView.PopularReward> popularRewards() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select reward_name, sum(granted), sum(redeemed) from reward_grant_rollup
                        group by reward_name having sum(granted) > 0 order by 2 desc, 1 limit :limit""")
                .setParameter("limit", LISTED).getResultList();
        return rows.stream().map(row -> new LeaderboardView.PopularReward((String) row[0],
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue())).toList();
    }

    /** Clients with points whose next active tier is at most a tenth of its threshold (at least 20 points) away. */
    private List<LeaderboardView.CloseToReward> closeToNext() {
        @SuppressWarnings("unchecked")
        // per tier, walking the index on points down from its threshold: the closest come first
        List<Object[]> rows = em.createNativeQuery("""
                        select x.client_id, x.name, x.points, t.name, t.threshold - x.points as missing
                        from reward_tier t cross join lateral (
                            select b.client_id, c.first_name || ' ' || c.last_name as name, b.points
                            from loyalty_balance b join client c on c.id = b.client_id and c.deleted_at is null
                            where b.points < t.threshold
                              and b.points >= greatest(1, t.threshold - greatest(20, t.threshold / 10))
                              and not exists (select 1 from reward_grant g where g.tier_id = t.id and g.client_id = b.client_id)
                              and not exists (select 1 from reward_tier n where n.active and n.threshold > b.points
                                              and n.threshold < t.threshold)
                            order by b.points desc, b.client_id
                            limit :limit
                        ) x
                        where t.active
                        order by missing, x.client_id limit :limit""")
                .setParameter("limit", LISTED).getResultList();
        return rows.stream().map(row -> new LeaderboardView.CloseToReward(((Number) row[0]).longValue(),
                (String) row[1], ((Number) row[2]).longValue(), (String) row[3], ((Number) row[4]).longValue()))
                .toList();
    }

    private List<LeaderboardView.MonthSource> pointsPerMonth() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select to_char(bucket at time zone :zone, 'YYYY-MM'), source, sum(points)
                        from loyalty_points_rollup where bucket >= :since
                        group by 1, 2 order by 1, 2""")
                .setParameter("zone", zone().getId()).setParameter("since", yearAgo()).getResultList();
        return rows.stream().map(row -> new LeaderboardView.MonthSource((String) row[0], (String) row[1],
                ((Number) row[2]).longValue())).toList();
    }

    private List<LeaderboardView.MonthCount> grantsPerMonth() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select to_char(bucket at time zone :zone, 'YYYY-MM'), sum(granted)
                        from reward_grant_rollup where bucket >= :since group by 1 having sum(granted) > 0 order by 1""")
                .setParameter("zone", zone().getId()).setParameter("since", yearAgo()).getResultList();
        return rows.stream().map(row -> new LeaderboardView.MonthCount((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    private ZoneId zone() {
        return tenantFacts.zone();
    }

    private Instant yearAgo() {
        return clock.instant().atZone(zone()).toLocalDate().withDayOfMonth(1).minusMonths(11).atStartOfDay(zone())
                .toInstant();
    }
}
