package de.stammkunde.reward.application;

import de.stammkunde.messaging.application.TenantFacts;
import de.stammkunde.shared.job.EveryTenant;
import de.stammkunde.shared.job.PlannerStatistics;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/**
 * Finishes granting tiers to the clients already above them, where more qualified than the first
 * batch granted at once: a batch per transaction, tenant by tenant; a restart simply goes on,
 * since a client's grant of a tier exists at most once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PendingGrants {

    private static final Logger LOG = Logger.getLogger(PendingGrants.class.getName());

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    TenantFacts tenantFacts;

    @Inject
    Rewards rewards;

    @Inject
    PlannerStatistics statistics;

    @Resource
    SessionContext context;

    /** Every active tenant's pending tiers; returns how many clients qualified. */
    public int grantAll() {
        PendingGrants self = context.getBusinessObject(PendingGrants.class);
        return EveryTenant.count(tenantFacts.active(), LOG, "Granting rewards", tenant -> self.grantPending());
    }

    public int grantPending() {
        PendingGrants self = context.getBusinessObject(PendingGrants.class);
        int granted = 0;
        for (long tier : self.pendingTiers()) {
            granted += grantTier(tier);
            self.done(tier);
        }
        return granted;
    }

    /**
     * Grants the tier to every client above it who lacks it, a batch per transaction; returns how
     * many qualified. After the first full batch the statistics of the grants and of the outbox
     * (their emails) are refreshed, before the tables grow further: plans cached while they held a
     * handful of rows would scan them (the outbox's look-up of known keys took up to a second per
     * batch in a young tenant).
     */
    public int grantTier(long tier) {
        PendingGrants self = context.getBusinessObject(PendingGrants.class);
        int granted = 0;
        GrantBatch batch = GrantBatch.START;
        do {
            batch = self.batch(tier, batch.lastClientId());
            if (granted == 0 && batch.full()) {
                statistics.refresh("reward_grant, outbox_message");
            }
            granted += batch.qualified();
        } while (batch.full());
        return granted;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> pendingTiers() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from reward_tier where grants_pending order by id")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public GrantBatch batch(long tier, long afterClientId) {
        return rewards.grantToQualified(tier, afterClientId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void done(long tier) {
        em.createNativeQuery("update reward_tier set grants_pending = false where id = :id")
                .setParameter("id", tier).executeUpdate();
    }
}
