package de.stammkunde.shared.job;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The body of a non-persistent timer's tick: skipped while the last tick still runs, and a
 * failure is logged instead of thrown, so the next tick simply tries again.
 */
public final class SingleTick {

    private final AtomicBoolean running = new AtomicBoolean();
    private final Logger log;
    private final String failure;

    /** {@code failure} is the warning logged with the exception, e.g. "Outbox tick failed". */
    public SingleTick(Logger log, String failure) {
        this.log = log;
        this.failure = failure;
    }

    public void run(Runnable work) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            log.log(Level.WARNING, failure, e);
        } finally {
            running.set(false);
        }
    }
}
