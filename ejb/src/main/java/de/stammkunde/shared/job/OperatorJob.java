package de.stammkunde.shared.job;

import java.time.Clock;
import java.util.Map;

/**
 * A background job an operator can run now instead of waiting for its timer. Each feature
 * contributes its own as a CDI bean; {@link OperatorJobs} finds them by name.
 */
public interface OperatorJob {

    /** The name in {@code POST /v1/operator/jobs/{name}}. */
    String name();

    /** Runs the job as of the clock's time, synchronously; returns what it did, for the operator to read. */
    Map<String, Object> run(Clock at);
}
