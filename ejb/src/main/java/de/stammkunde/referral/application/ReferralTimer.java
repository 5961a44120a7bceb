package de.stammkunde.referral.application;

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
 * Every 5 minutes, gives referral codes to clients who have none. Not persistent: every node
 * ticks; a client has one active code (a unique index), so two nodes never give two.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReferralTimer {

    private static final Logger LOG = Logger.getLogger(ReferralTimer.class.getName());

    private final SingleTick tick = new SingleTick(LOG, "Giving referral codes failed");

    @Inject
    ReferralCodeSweep sweep;

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "referral-codes")
    void tick() {
        tick.run(() -> {
            int given = sweep.sweepAll();
            if (given > 0) {
                LOG.info(() -> "Gave referral codes to " + given + " clients");
            }
        });
    }
}
