package de.stammkunde.loyalty.application;

import de.stammkunde.shared.job.SingleTick;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Every hour, folds the loyalty summaries of every tenant. Not persistent: every node ticks, and
 * two folds side by side still count every point once (see {@link LoyaltyRollup}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RollupTimer {

    private static final Logger LOG = Logger.getLogger(RollupTimer.class.getName());

    private final SingleTick tick = new SingleTick(LOG, "Folding the loyalty summaries failed");

    @Inject
    RollupFolding folding;

    @Schedule(minute = "23", hour = "*", persistent = false, info = "loyalty-rollups")
    void tick() {
        tick.run(folding::foldAll);
    }
}
