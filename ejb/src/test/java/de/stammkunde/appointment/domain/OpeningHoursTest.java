package de.stammkunde.appointment.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

    @Test
    void offersEveryHalfHourFromNineWhileTheSessionEndsBySix() {
        var starts = OpeningHours.DEFAULT.starts(DAY, Duration.ofMinutes(60), BERLIN, Instant.EPOCH);
        assertThat(starts).hasSize(17);
        assertThat(starts.get(0)).isEqualTo(Instant.parse("2026-05-04T07:00:00Z"));
        assertThat(starts.get(starts.size() - 1)).isEqualTo(Instant.parse("2026-05-04T15:00:00Z"));
    }

    @Test
    void leavesOutStartsBeforeNow() {
        var starts = OpeningHours.DEFAULT.starts(DAY, Duration.ofMinutes(30), BERLIN,
                Instant.parse("2026-05-04T14:10:00Z"));
        assertThat(starts).first().isEqualTo(Instant.parse("2026-05-04T14:30:00Z"));
        assertThat(starts).hasSize(3);
    }

    @Test
    void offersNothingForASessionLongerThanTheDayIsOpen() {
        assertThat(OpeningHours.DEFAULT.starts(DAY, Duration.ofHours(10), BERLIN, Instant.EPOCH)).isEmpty();
        assertThat(OpeningHours.DEFAULT.starts(DAY, Duration.ofHours(24), BERLIN, Instant.EPOCH)).isEmpty();
    }
}
