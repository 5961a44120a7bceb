package de.stammkunde.messaging.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theWindowEndsTheLeadTimeAfterNow() {
        ReminderWindow window = new ReminderWindow(NOW, 24);
        assertThat(window.enabled()).isTrue();
        assertThat(window.until()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(new ReminderWindow(NOW, 336).until()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
    }

    @Test
    void leadTimeZeroMeansNoReminders() {
        assertThat(new ReminderWindow(NOW, 0).enabled()).isFalse();
    }

    @Test
    void theCauseNamesTheAppointmentAndItsStart() {
        Instant start = Instant.parse("2026-11-24T09:00:00Z");
        assertThat(ReminderWindow.cause(42, start)).isEqualTo("appointment:42:reminder:1795510800");
        assertThat(ReminderWindow.cause(42, start.plusSeconds(3600))).as("a moved appointment")
                .isEqualTo("appointment:42:reminder:1795514400");
    }
}
