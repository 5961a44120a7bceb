package de.stammkunde.messaging.application;

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

/**
 * The safety net of the outbox: every 15 seconds, sends what is due (retries after their back-off,
 * anything a wake-up missed). Not persistent: every node ticks, and the leases keep nodes from
 * sending a message twice; a tick is skipped while the last one on this node still runs.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxTimer {

    private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

    private final SingleTick tick = new SingleTick(LOG, "Outbox tick failed");

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    Clock clock;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "outbox dispatch")
    void tick() {
        tick.run(() -> {
            DispatchReport report = dispatcher.dispatchAll(clock);
            if (report.sent() + report.retried() + report.dead() + report.failed() > 0) {
                LOG.fine(() -> "Outbox tick: " + report);
            }
        });
    }
}
