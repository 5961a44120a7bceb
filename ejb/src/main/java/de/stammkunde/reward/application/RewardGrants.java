package de.stammkunde.reward.application;

import de.stammkunde.shared.time.SqlTimes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;
import java.util.function.Consumer;

/** Reading grants into views. */
final class RewardGrants {

    private RewardGrants() {
    }

    static List<GrantView> find(EntityManager em, String where, Consumer<Query> parameters) {
        Query query = em.createNativeQuery("""
                select g.id, g.tier_id, g.client_id, g.reward_name, g.type, g.value_cents, g.code, g.state, g.manual,
                       g.reason, g.balance_at_grant, g.granted_at, g.granted_by_name, g.redeemed_at, g.redeemed_by_name
                from reward_grant g
                """ + where);
        parameters.accept(query);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new GrantView(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), (String) row[3], (String) row[4],
                row[5] == null ? null : ((Number) row[5]).longValue(), (String) row[6], (String) row[7],
                (Boolean) row[8], (String) row[9], ((Number) row[10]).longValue(), SqlTimes.instant(row[11]), (String) row[12],
                SqlTimes.instant(row[13]), (String) row[14])).toList();
    }
}
