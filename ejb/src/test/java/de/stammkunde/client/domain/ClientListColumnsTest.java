package de.stammkunde.client.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static de.stammkunde.client.domain.ClientColumn.BIRTHDAY;
import static de.stammkunde.client.domain.ClientColumn.EMAIL;
import static de.stammkunde.client.domain.ClientColumn.NAME;
import static de.stammkunde.client.domain.ClientColumn.TAGS;
import static org.assertj.core.api.Assertions.assertThat;

class ClientListColumnsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void keepsTheChosenOrder() {
        assertThat(new ClientListColumns("u", List.of(TAGS, NAME, BIRTHDAY), NOW).columns())
                .containsExactly(TAGS, NAME, BIRTHDAY);
    }

    @Test
    void alwaysShowsTheNameFirstWhenItWasLeftOut() {
        assertThat(new ClientListColumns("u", List.of(EMAIL, BIRTHDAY), NOW).columns())
                .containsExactly(NAME, EMAIL, BIRTHDAY);
        assertThat(new ClientListColumns("u", List.of(), NOW).columns()).containsExactly(NAME);
    }

    @Test
    void dropsRepeats() {
        assertThat(new ClientListColumns("u", List.of(EMAIL, NAME, EMAIL), NOW).columns()).containsExactly(EMAIL, NAME);
    }
}
