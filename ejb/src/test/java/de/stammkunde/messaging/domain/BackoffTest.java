package de.stammkunde.messaging.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6), 8);

    @Test
    void theWaitDoublesPerAttemptUpToTheCap() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(backoff.delayAfter(10)).isEqualTo(Duration.ofHours(6));
        assertThat(backoff.delayAfter(1000)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void afterTheLastAttemptThereIsNoRetry() {
        assertThat(backoff.retries(7)).isTrue();
        assertThat(backoff.retries(8)).isFalse();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofHours(2), Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
