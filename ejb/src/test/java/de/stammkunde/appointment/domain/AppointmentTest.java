package de.stammkunde.appointment.domain;

import de.stammkunde.shared.error.Conflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static de.stammkunde.appointment.domain.AppointmentStatus.BOOKED;
import static de.stammkunde.appointment.domain.AppointmentStatus.CANCELLED;
import static de.stammkunde.appointment.domain.AppointmentStatus.COMPLETED;
import static de.stammkunde.appointment.domain.AppointmentStatus.CONFIRMED;
import static de.stammkunde.appointment.domain.AppointmentStatus.NO_SHOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppointmentTest {

    private static final Instant NOW = Instant.parse("2026-03-14T09:00:00Z");

    @Test
    void aNewAppointmentIsBookedAtTheGivenPrice() {
        Appointment appointment = anAppointment();

        assertThat(appointment.status()).isEqualTo(BOOKED);
        assertThat(appointment.priceCents()).isEqualTo(12_000);
    }

    @Test
    void aBookedAppointmentIsConfirmedThenCompleted() {
        Appointment appointment = anAppointment();

        assertThat(appointment.transitionTo(CONFIRMED, NOW)).isEqualTo(new StatusChange(BOOKED, CONFIRMED));
        assertThat(appointment.transitionTo(COMPLETED, NOW)).isEqualTo(new StatusChange(CONFIRMED, COMPLETED));
        assertThat(appointment.status()).isEqualTo(COMPLETED);
    }

    @Test
    void confirmingTwiceIsRefusedAndChangesNothing() {
        Appointment appointment = anAppointment();
        appointment.transitionTo(CONFIRMED, NOW);

        assertThatThrownBy(() -> appointment.transitionTo(CONFIRMED, NOW))
                .isInstanceOf(TransitionNotAllowed.class)
                .isInstanceOf(Conflict.class)
                .extracting("code").isEqualTo("transition-not-allowed");
        assertThat(appointment.status()).isEqualTo(CONFIRMED);
    }

    @Test
    void aBookedSessionCannotBeCompletedWithoutConfirmation() {
        Appointment appointment = anAppointment();

        assertThatThrownBy(() -> appointment.transitionTo(COMPLETED, NOW)).isInstanceOf(TransitionNotAllowed.class);
        assertThat(appointment.status()).isEqualTo(BOOKED);
    }

    @ParameterizedTest
    @EnumSource(value = AppointmentStatus.class, names = {"BOOKED", "CONFIRMED"})
    void bookedAndConfirmedSessionsMayBeCancelledOrMissed(AppointmentStatus from) {
        assertThat(from.mayBecome(CANCELLED)).isTrue();
        assertThat(from.mayBecome(NO_SHOW)).isTrue();
        assertThat(from.open()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = AppointmentStatus.class, names = {"COMPLETED", "CANCELLED", "NO_SHOW"})
    void finalStatusesAreNeverLeft(AppointmentStatus last) {
        assertThat(last.next()).isEmpty();
        assertThat(last.open()).isFalse();
        for (AppointmentStatus target : AppointmentStatus.values()) {
            assertThat(last.mayBecome(target)).as("%s -> %s", last, target).isFalse();
        }
    }

    @Test
    void nothingLeadsBackToBooked() {
        for (AppointmentStatus from : AppointmentStatus.values()) {
            assertThat(from.mayBecome(BOOKED)).as("%s -> BOOKED", from).isFalse();
        }
    }

    @Test
    void aClosedAppointmentCannotBeMoved() {
        Appointment appointment = anAppointment();
        appointment.transitionTo(CANCELLED, NOW);

        assertThatThrownBy(() -> appointment.change(data(Instant.parse("2026-03-20T10:00:00Z")), NOW))
                .isInstanceOf(Conflict.class).extracting("code").isEqualTo("appointment-closed");
    }

    @Test
    void anOpenAppointmentMoves() {
        Appointment appointment = anAppointment();
        appointment.transitionTo(CONFIRMED, NOW);
        Instant later = Instant.parse("2026-03-20T10:00:00Z");

        appointment.change(data(later), NOW);

        assertThat(appointment.startsAt()).isEqualTo(later);
        assertThat(appointment.status()).isEqualTo(CONFIRMED);
    }

    private static Appointment anAppointment() {
        return new Appointment(data(Instant.parse("2026-03-15T10:00:00Z")), 12_000, NOW);
    }

    private static AppointmentData data(Instant start) {
        return AppointmentData.of(1L, 2L, start, start.plusSeconds(3600), "staff-subject", null);
    }
}
