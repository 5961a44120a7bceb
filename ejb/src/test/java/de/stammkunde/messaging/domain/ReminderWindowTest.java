package de.stammkunde.messaging.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void appointmentsStartingAfterNowWithinTheLeadTimeAreDue() {
        ReminderWindow window = new ReminderWindow(NOW, 24);
        assertThat(window.contains(NOW.plus(Duration.ofHours(23)))).isTrue();
        assertThat(window.contains(NOW.plus(Duration.ofHours(24)))).as("the end is included").isTrue();
        assertThat(window.contains(NOW.plus(Duration.ofHours(24)).plusSeconds(1))).isFalse();
        assertThat(window.contains(NOW)).as("started ones are not reminded").isFalse();
        assertThat(window.contains(NOW.minusSeconds(60))).isFalse();
    }

    @Test
    void leadTimeZeroMeansNoReminders() {
        ReminderWindow window = new ReminderWindow(NOW, 0);
        assertThat(window.enabled()).isFalse();
        assertThat(window.contains(NOW.plusSeconds(1))).isFalse();
    }

    @Test
    void theCauseNamesTheAppointmentAndItsStart() {
        Instant start = Instant.parse("2026-11-24T09:00:00Z");
        assertThat(ReminderWindow.cause(42, start)).isEqualTo("appointment:42:reminder:" + start.getEpochSecond());
        assertThat(ReminderWindow.cause(42, start.plusSeconds(3600))).isNotEqualTo(ReminderWindow.cause(42, start));
    }
}
