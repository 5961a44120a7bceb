package de.stammkunde.reward.application;

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
 * Every 30 seconds, grants the tiers still pending to the clients above them. Not persistent:
 * every node ticks; a grant exists once per client and tier, so two nodes never grant twice.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RewardTimer {

    private static final Logger LOG = Logger.getLogger(RewardTimer.class.getName());

    private final SingleTick tick = new SingleTick(LOG, "Granting pending rewards failed");

    @Inject
    PendingGrants pending;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "reward-grants")
    void tick() {
        tick.run(() -> {
            int granted = pending.grantAll();
            if (granted > 0) {
                LOG.info(() -> "Granted pending rewards to " + granted + " clients");
            }
        });
    }
}
