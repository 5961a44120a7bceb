package de.stammkunde.messaging.domain;

import java.time.Duration;

/**
 * When a failed message is tried again: the base delay doubled per attempt, capped, until the
 * attempts are used up and the message is dead.
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {

    public Backoff {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("base > 0, cap >= base, maxAttempts >= 1");
        }
    }

    /** The wait before the next attempt after {@code attemptsMade} failed ones (1 = the first failed). */
    public Duration delayAfter(int attemptsMade) {
        int doublings = Math.max(0, Math.min(attemptsMade - 1, 30));
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** Whether another attempt follows after {@code attemptsMade} failed ones. */
    public boolean retries(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }
}
