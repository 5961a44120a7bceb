package de.stammkunde.loyalty.application;

import de.stammkunde.messaging.application.TenantFacts;
import de.stammkunde.shared.job.EveryTenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Folds every tenant's loyalty summaries, whatever few rows are new: the leaderboard folds only
 * beyond {@value LoyaltyRollup#UNFOLDED_LIMIT}, and a business that never opens it would otherwise
 * collect a summary row per ledger statement. One tenant's failure is logged, the others go on.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RollupFolding {

    private static final Logger LOG = Logger.getLogger(RollupFolding.class.getName());

    @Inject
    TenantFacts tenantFacts;

    @Inject
    LoyaltyRollup rollup;

    /** Returns how many summary rows were folded, over all tenants. */
    public int foldAll() {
        return EveryTenant.count(tenantFacts.active(), LOG, "Folding the loyalty summaries",
                tenant -> rollup.foldBeyond(0));
    }
}
