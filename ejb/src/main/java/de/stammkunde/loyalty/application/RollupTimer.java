package de.stammkunde.loyalty.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
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

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    RollupFolding folding;

    @Schedule(minute = "23", hour = "*", persistent = false, info = "loyalty-rollups")
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            folding.foldAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Folding the loyalty summaries failed", e);
        } finally {
            running.set(false);
        }
    }
}
