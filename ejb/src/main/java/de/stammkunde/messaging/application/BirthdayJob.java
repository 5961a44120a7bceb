package de.stammkunde.messaging.application;

import de.stammkunde.shared.job.OperatorJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;

/** Operator job {@code birthdays}: queues the birthday greetings of the day. */
@ApplicationScoped
public class BirthdayJob implements OperatorJob {

    @Inject
    BirthdaySweep birthdays;

    @Override
    public String name() {
        return "birthdays";
    }

    @Override
    public Map<String, Object> run(Clock at) {
        return Map.of("greeted", birthdays.sweepAll(at));
    }
}
