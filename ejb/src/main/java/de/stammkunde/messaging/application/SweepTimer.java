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

    private final SingleTick reminding = new SingleTick(LOG, "Reminder sweep failed");
    private final SingleTick greeting = new SingleTick(LOG, "Birthday sweep failed");

    @Inject
    ReminderSweep reminders;

    @Inject
    BirthdaySweep birthdays;

    @Inject
    Clock clock;

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "appointment reminders")
    void reminders() {
        reminding.run(() -> queued("Reminder sweep", reminders.sweepAll(clock)));
    }

    @Schedule(minute = "1", hour = "*", persistent = false, info = "birthday greetings")
    void birthdays() {
        greeting.run(() -> queued("Birthday sweep", birthdays.sweepAll(clock)));
    }

    private static void queued(String name, int queued) {
        if (queued > 0) {
            LOG.fine(() -> name + ": " + queued);
        }
    }
}
