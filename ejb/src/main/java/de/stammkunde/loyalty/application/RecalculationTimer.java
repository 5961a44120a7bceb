package de.stammkunde.loyalty.application;

import de.stammkunde.shared.job.SingleTick;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/** Every minute, picks up recalculations a restart left queued or running (their lease ran out). */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecalculationTimer {

    private static final Logger LOG = Logger.getLogger(RecalculationTimer.class.getName());

    private final SingleTick tick = new SingleTick(LOG, "Resuming recalculations failed");

    @Inject
    RecalculationWorker worker;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "loyalty-recalculations")
    void tick() {
        tick.run(() -> {
            int resumed = worker.resumeAll(clock);
            if (resumed > 0) {
                LOG.info(() -> "Resumed " + resumed + " recalculations");
            }
        });
    }
}
