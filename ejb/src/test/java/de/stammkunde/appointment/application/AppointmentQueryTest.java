package de.stammkunde.appointment.application;

import de.stammkunde.appointment.domain.AppointmentStatus;
import de.stammkunde.shared.error.Invalid;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppointmentQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void withoutDatesItIsTodayAlone() {
        AppointmentQuery query = AppointmentQuery.of(null, null, null, null, null, null, TODAY);

        assertThat(query.from()).isEqualTo(TODAY);
        assertThat(query.to()).isEqualTo(TODAY);
    }

    @Test
    void aDayRunsFromMidnightToMidnightInTheBusinessesZone() {
        AppointmentQuery day = AppointmentQuery.of("2026-03-14", null, null, null, null, null, TODAY);

        assertThat(day.since(BERLIN)).isEqualTo(Instant.parse("2026-03-13T23:00:00Z"));
        assertThat(day.until(BERLIN)).isEqualTo(Instant.parse("2026-03-14T23:00:00Z"));
    }

    @Test
    void theWeekOfTheClockChangeHasItsShortDay() {
        AppointmentQuery week = AppointmentQuery.of("2026-03-23", "2026-03-29", null, null, null, null, TODAY);

        assertThat(week.since(BERLIN)).isEqualTo(Instant.parse("2026-03-22T23:00:00Z"));
        assertThat(week.until(BERLIN)).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }

    @Test
    void namesEveryBadParameter() {
        assertThatThrownBy(() -> AppointmentQuery.of("14.03.2026", "2026-13-01", null, "lost", -1, 0, TODAY))
                .isInstanceOf(Invalid.class)
                .extracting(e -> ((Invalid) e).violations().stream().map(Invalid.Violation::field).toList())
                .asList().containsExactly("from", "to", "status", "page", "size");
    }

    @Test
    void theRangeRunsForwardAndIsAtMostTwoMonths() {
        assertThatThrownBy(() -> AppointmentQuery.of("2026-03-14", "2026-03-13", null, null, null, null, TODAY))
                .isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> AppointmentQuery.of("2026-01-01", "2026-03-14", null, null, null, null, TODAY))
                .isInstanceOf(Invalid.class);
    }

    @Test
    void statusAcceptsTheApisSpelling() {
        assertThat(AppointmentQuery.of(null, null, "sub", "no-show", 0, 10, TODAY).status())
                .isEqualTo(AppointmentStatus.NO_SHOW);
    }
}
