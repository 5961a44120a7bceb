package de.stammkunde.tenancy.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-03-14T09:00:00Z");

    private static ApiKey key() {
        return new ApiKey(1L, "Kasse", "sk_abcdefgh", "a".repeat(64), "Owner [s1]", NOW);
    }

    @Test
    void matchesOnlyTheHashOfItsOwnSecret() {
        assertThat(key().matches("a".repeat(64))).isTrue();
        assertThat(key().matches("b".repeat(64))).isFalse();
        assertThat(key().matches("a".repeat(63))).isFalse();
    }

    @Test
    void aFirstUseIsAlwaysWorthRecording() {
        assertThat(key().lastUseOutdated(NOW)).isTrue();
    }

    @Test
    void revokingTwiceKeepsTheFirstRevocation() {
        ApiKey key = key();
        key.revoke("Owner [s1]", NOW);
        key.revoke("Other [s2]", NOW.plusSeconds(60));

        assertThat(key.revoked()).isTrue();
        assertThat(key.revokedAt()).isEqualTo(NOW);
        assertThat(key.revokedBy()).isEqualTo("Owner [s1]");
    }
}
