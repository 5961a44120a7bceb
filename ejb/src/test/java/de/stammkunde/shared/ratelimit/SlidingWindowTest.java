package de.stammkunde.shared.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SlidingWindowTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");

    @Test
    void allowsTheLimitWithinTheWindowAndNamesTheWaitForTheNext() {
        SlidingWindow window = new SlidingWindow();
        assertThat(window.tryAcquire(T0, 2, MINUTE)).isEmpty();
        assertThat(window.tryAcquire(T0.plusSeconds(20), 2, MINUTE)).isEmpty();
        assertThat(window.tryAcquire(T0.plusSeconds(30), 2, MINUTE)).contains(Duration.ofSeconds(30));
    }

    @Test
    void allowsAgainOnceTheOldestRequestLeftTheWindow() {
        SlidingWindow window = new SlidingWindow();
        window.tryAcquire(T0, 1, MINUTE);
        assertThat(window.tryAcquire(T0.plusSeconds(59), 1, MINUTE)).isPresent();
        assertThat(window.tryAcquire(T0.plusSeconds(60), 1, MINUTE)).isEmpty();
        assertThat(window.idle(T0.plusSeconds(119), MINUTE)).isFalse();
        assertThat(window.idle(T0.plusSeconds(120), MINUTE)).isTrue();
    }
}
