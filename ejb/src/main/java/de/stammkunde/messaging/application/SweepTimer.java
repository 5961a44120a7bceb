package de.stammkunde.messaging.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The timers of the sweeps that queue messages on their own: appointment reminders every five
 * minutes, birthday greetings every hour. Not persistent: every node ticks; the messages' keys
 * keep a sweep on two nodes from queueing anything twice. A tick is skipped while the last one of
 * the same sweep on this node still runs.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SweepTimer {

    private static final Logger LOG = Logger.getLogger(SweepTimer.class.getName());

    private final AtomicBoolean reminding = new AtomicBoolean();
    private final AtomicBoolean greeting = new AtomicBoolean();

    @Inject
    ReminderSweep reminders;

    @Inject
    BirthdaySweep birthdays;

    @Inject
    Clock clock;

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "appointment reminders")
    void reminders() {
        once(reminding, "Reminder sweep", () -> reminders.sweepAll(clock));
    }

    @Schedule(minute = "1", hour = "*", persistent = false, info = "birthday greetings")
    void birthdays() {
        once(greeting, "Birthday sweep", () -> birthdays.sweepAll(clock));
    }

    private static void once(AtomicBoolean running, String name, IntSupplier sweep) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int queued = sweep.getAsInt();
            if (queued > 0) {
                LOG.fine(() -> name + ": " + queued);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " failed", e);
        } finally {
            running.set(false);
        }
    }
}
