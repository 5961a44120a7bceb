package de.stammkunde.appointment.domain;

import de.stammkunde.shared.error.Invalid;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppointmentDataTest {

    private static final Instant START = Instant.parse("2026-03-14T23:30:00Z");

    @Test
    void namesEveryMissingOrBadField() {
        assertThatThrownBy(() -> AppointmentData.of(null, null, START, START.minusSeconds(60), " ", "x".repeat(2001)))
                .isInstanceOf(Invalid.class)
                .extracting(e -> ((Invalid) e).violations().stream().map(Invalid.Violation::field).toList())
                .asList().containsExactly("clientId", "sessionTypeId", "end", "staffSubject", "notes");
    }

    @Test
    void theEndMustComeAfterTheStartAndWithinADay() {
        assertThat(AppointmentData.violations(1L, 1L, START, START, "s", null))
                .extracting(Invalid.Violation::field).containsExactly("end");
        assertThat(AppointmentData.violations(1L, 1L, START, START.plusSeconds(25 * 3600), "s", null))
                .extracting(Invalid.Violation::message).containsExactly("at most 24 hours after the start");
        assertThat(AppointmentData.violations(1L, 1L, START, START.plusSeconds(60), "s", null)).isEmpty();
    }

    @Test
    void aStartIsRequired() {
        assertThat(AppointmentData.violations(1L, 1L, null, null, "s", null))
                .extracting(Invalid.Violation::field).containsExactly("start");
    }
}
