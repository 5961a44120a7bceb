package de.stammkunde.loyalty.application;

import de.stammkunde.shared.job.OperatorJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;

/** Operator job {@code loyalty-rollups}: folds every tenant's loyalty summaries now. */
@ApplicationScoped
public class LoyaltyRollupsJob implements OperatorJob {

    @Inject
    RollupFolding folding;

    @Override
    public String name() {
        return "loyalty-rollups";
    }

    @Override
    public Map<String, Object> run(Clock at) {
        return Map.of("folded", folding.foldAll());
    }
}
