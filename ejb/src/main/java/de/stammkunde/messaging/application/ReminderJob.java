package de.stammkunde.messaging.application;

import de.stammkunde.shared.job.OperatorJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;

/** Operator job {@code reminders}: queues the appointment reminders that are due. */
@ApplicationScoped
public class ReminderJob implements OperatorJob {

    @Inject
    ReminderSweep reminders;

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public Map<String, Object> run(Clock at) {
        return Map.of("reminded", reminders.sweepAll(at));
    }
}
