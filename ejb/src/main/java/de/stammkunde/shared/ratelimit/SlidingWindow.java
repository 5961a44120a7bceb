package de.stammkunde.shared.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The times of one caller's recent requests of one kind. A request is allowed while fewer than
 * {@code limit} fall into the window before it; otherwise the answer is how long until the oldest
 * leaves the window. Not thread-safe: {@link RateLimits} synchronises on it.
 */
final class SlidingWindow {

    private final Deque<Instant> times = new ArrayDeque<>();

    /** Empty if the request at {@code now} is allowed (and counted), else the wait until one would be. */
    Optional<Duration> tryAcquire(Instant now, int limit, Duration window) {
        forgetBefore(now.minus(window));
        if (times.size() >= limit) {
            Duration wait = Duration.between(now, times.peekFirst().plus(window));
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        }
        times.addLast(now);
        return Optional.empty();
    }

    /** No request left in the window: the entry may be dropped. */
    boolean idle(Instant now, Duration window) {
        forgetBefore(now.minus(window));
        return times.isEmpty();
    }

    private void forgetBefore(Instant start) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }
}
