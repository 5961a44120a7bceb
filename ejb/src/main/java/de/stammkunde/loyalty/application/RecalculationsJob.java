package de.stammkunde.loyalty.application;

import de.stammkunde.shared.job.OperatorJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;

/**
 * Operator job {@code recalculations}: resumes the recalculations a restart left queued or running
 * whose lease ran out as of the clock.
 */
@ApplicationScoped
public class RecalculationsJob implements OperatorJob {

    @Inject
    RecalculationWorker worker;

    @Override
    public String name() {
        return "recalculations";
    }

    @Override
    public Map<String, Object> run(Clock at) {
        return Map.of("resumed", worker.resumeAll(at));
    }
}
