package de.stammkunde.reward.application;

import de.stammkunde.client.application.ClientChecks;
import de.stammkunde.reward.domain.RewardCodes;
import de.stammkunde.reward.domain.RewardTier;
import de.stammkunde.reward.domain.RewardTierData;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.shared.time.SqlTimes;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * The reward tiers of the tenant in context, the rewards granted by hand, and the codes: looking
 * one up and redeeming it. A new tier (or one whose threshold went down, or that became active)
 * is granted at once to the clients already above it; beyond the first batch the rest is granted
 * in the background ({@link PendingGrants}).
 */
@Stateless
public class RewardTiers {

    private static final int MAX_REASON = 500;

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    ClientChecks clientChecks;

    @Inject
    Clock clock;

    @Inject
    Rewards rewards;

    public List<TierView> list() {
        return em.createQuery("select t from RewardTier t order by t.threshold, t.id", RewardTier.class)
                .getResultStream().map(this::view).toList();
    }

    public TierView find(long id) {
        return view(require(id));
    }

    public TierView create(RewardTierData data) {
        RewardTier tier = new RewardTier(data, clock.instant());
        em.persist(tier);
        em.flush();
        grantToThoseAbove(tier);
        return view(tier);
    }

    public TierView change(long id, long expectedVersion, RewardTierData data) {
        RewardTier tier = require(id);
        if (tier.version() != expectedVersion) {
            throw new Conflict("reward-tier-changed", "The reward tier was changed meanwhile; reload it");
        }
        boolean widened = tier.change(data, clock.instant());
        em.flush();
        if (widened) {
            grantToThoseAbove(tier);
        }
        return view(tier);
    }

    /** How many clients a tier with this threshold would be granted to at once (those of {@code tier} aside). */
    public long preview(int threshold, Long tier) {
        if (threshold < 1 || threshold > RewardTierData.MAX_THRESHOLD) {
            throw Invalid.field("threshold", "points, 1 to " + RewardTierData.MAX_THRESHOLD);
        }
        return rewards.qualifying(threshold, tier);
    }

    /** Gives a client a tier's reward before they reach its threshold; the reason and staff member are recorded. */
    public GrantView assign(long clientId, long tierId, String reason) {
        String checked = reason(reason);
        RewardTier tier = require(tierId);
        clientChecks.requireProcessable(clientId, "no rewards");
        long balance = ((Number) em.createNativeQuery(
                        "select coalesce((select points from loyalty_balance where client_id = :client), 0)")
                .setParameter("client", clientId).getSingleResult()).longValue();
        long id = rewards.grant(tier, clientId, balance, checked).orElseThrow(() -> new Conflict("reward-granted-already",
                "The client has received \"" + tier.name() + "\" already"));
        return RewardGrants.find(em, "where g.id = :id", q -> q.setParameter("id", id)).get(0);
    }

    /** The rewards a client received, newest first. */
    public List<GrantView> ofClient(long clientId) {
        clientChecks.requireExisting(clientId);
        return rewards.ofClient(clientId);
    }

    public CodeView code(String typed) {
        String code = RewardCodes.normalise(typed);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select g.code, g.state, g.type, g.value_cents, g.reward_name, g.id, g.client_id,
                               c.first_name || ' ' || c.last_name, g.granted_at, g.redeemed_at, g.redeemed_by_name
                        from reward_grant g join client c on c.id = g.client_id
                        where g.code = :code""")
                .setParameter("code", code).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("reward-code-not-found", "No reward code " + code);
        }
        Object[] row = rows.get(0);
        return new CodeView((String) row[0], (String) row[1], (String) row[2],
                row[3] == null ? null : ((Number) row[3]).longValue(), (String) row[4], ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), (String) row[7], SqlTimes.instant(row[8]),
                SqlTimes.instant(row[9]), (String) row[10]);
    }

    /** Marks an active code used, with who and when; a redeemed or revoked code is refused with 409. */
    public CodeView redeem(String typed) {
        CodeView found = code(typed);
        Actor actor = AuditContext.current().actor();
        int changed = em.createNativeQuery("""
                        update reward_grant set state = 'REDEEMED', redeemed_at = :now, redeemed_by_kind = :kind,
                                                redeemed_by_id = :actorId, redeemed_by_name = :name
                        where code = :code and state = 'ACTIVE'""")
                .setParameter("now", clock.instant()).setParameter("kind", actor.kind().name())
                .setParameter("actorId", actor.id()).setParameter("name", actor.displayName())
                .setParameter("code", found.code()).executeUpdate();
        if (changed == 0) {
            CodeView now = code(found.code());
            String redeemed = "redeemed at " + now.redeemedAt() + (now.redeemedBy() == null ? "" : " by " + now.redeemedBy());
            throw "REDEEMED".equals(now.state())
                    ? new Conflict("reward-code-redeemed", "The code " + now.code() + " was " + redeemed,
                            List.of(new Invalid.Violation("code", redeemed)))
                    : new Conflict("reward-code-inactive", "The code " + now.code() + " was withdrawn and is no"
                            + " longer valid");
        }
        return code(found.code());
    }

    /** Withdraws an active code (given by mistake, abused); it can no longer be redeemed. Reason required. */
    public CodeView revoke(String typed, String reason) {
        String checked = reason(reason);
        CodeView found = code(typed);
        int changed = em.createNativeQuery("""
                        update reward_grant set state = 'REVOKED', revoked_at = :now, revoked_by_name = :name,
                                                revoke_reason = :reason
                        where code = :code and state = 'ACTIVE'""")
                .setParameter("now", clock.instant()).setParameter("name", AuditContext.current().actor().displayName())
                .setParameter("reason", checked).setParameter("code", found.code()).executeUpdate();
        if (changed == 0) {
            throw new Conflict("reward-code-not-active", "The code " + found.code() + " is " + found.state().toLowerCase());
        }
        return code(found.code());
    }

    private void grantToThoseAbove(RewardTier tier) {
        if (rewards.grantToQualified(tier.id(), GrantBatch.START.lastClientId()).full()) {
            em.createNativeQuery("update reward_tier set grants_pending = true where id = :id")
                    .setParameter("id", tier.id()).executeUpdate();
        }
    }

    private TierView view(RewardTier tier) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select (select count(*) from reward_grant g where g.tier_id = t.id), t.grants_pending
                        from reward_tier t where t.id = :id""")
                .setParameter("id", tier.id()).getSingleResult();
        return TierView.of(tier, ((Number) row[0]).longValue(), (Boolean) row[1]);
    }

    private RewardTier require(long id) {
        RewardTier tier = em.find(RewardTier.class, id);
        if (tier == null) {
            throw new NotFound("reward-tier-not-found", "No reward tier " + id);
        }
        return tier;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw Invalid.field("reason", "required, at most " + MAX_REASON + " characters");
        }
        return reason.strip();
    }
}
