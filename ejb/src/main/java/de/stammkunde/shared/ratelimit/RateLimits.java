package de.stammkunde.shared.ratelimit;

import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import de.stammkunde.shared.error.TooManyRequests;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window limits for the public pages and API, per caller key (IP address and business),
 * kept in this server's memory: a restart forgets them, and several servers would each count
 * their own. The limits are settings ({@link Setting#BOOKING_LIMIT}, {@link Setting#SLOT_QUERY_LIMIT}).
 */
@ApplicationScoped
public class RateLimits {

    /** What is limited: the setting with the number allowed, and the window it counts. */
    public enum Kind {
        BOOKING(Setting.BOOKING_LIMIT, Duration.ofMinutes(10)),
        SLOT_QUERY(Setting.SLOT_QUERY_LIMIT, Duration.ofMinutes(1));

        private final Setting limit;
        private final Duration window;

        Kind(Setting limit, Duration window) {
            this.limit = limit;
            this.window = window;
        }
    }

    /** Entries beyond this many make the next request drop the idle ones. */
    private static final int PRUNE_ABOVE = 10_000;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private final Map<String, SlidingWindow> windows = new ConcurrentHashMap<>();
    private final Map<Kind, Integer> limits = new ConcurrentHashMap<>();

    @PostConstruct
    void readLimits() {
        for (Kind kind : Kind.values()) {
            limits.put(kind, Integer.parseInt(settings.get(kind.limit)));
        }
    }

    /** Counts one request of the kind for the caller, or throws {@link TooManyRequests} with the wait. */
    public void acquire(Kind kind, String caller) {
        Instant now = clock.instant();
        if (windows.size() > PRUNE_ABOVE) {
            prune(now);
        }
        SlidingWindow window = windows.computeIfAbsent(kind + "|" + caller, key -> new SlidingWindow());
        Optional<Duration> wait;
        synchronized (window) {
            wait = window.tryAcquire(now, limits.get(kind), kind.window);
        }
        if (wait.isPresent()) {
            throw new TooManyRequests("too-many-requests", kind + " limit reached for " + caller, wait.get());
        }
    }

    private void prune(Instant now) {
        windows.entrySet().removeIf(entry -> {
            Kind kind = Kind.valueOf(entry.getKey().substring(0, entry.getKey().indexOf('|')));
            synchronized (entry.getValue()) {
                return entry.getValue().idle(now, kind.window);
            }
        });
    }
}
