package de.stammkunde.appointment.domain;

import org.junit.jupiter.api.Test;

import static de.stammkunde.appointment.domain.AppointmentStatus.BOOKED;
import static de.stammkunde.appointment.domain.AppointmentStatus.CANCELLED;
import static de.stammkunde.appointment.domain.AppointmentStatus.COMPLETED;
import static de.stammkunde.appointment.domain.AppointmentStatus.CONFIRMED;
import static de.stammkunde.appointment.domain.AppointmentStatus.NO_SHOW;
import static org.assertj.core.api.Assertions.assertThat;

class StatusChangeTest {

    @Test
    void confirmationRaisesAppointmentConfirmedWithOneKeyPerAppointment() {
        StatusChange change = new StatusChange(BOOKED, CONFIRMED);

        assertThat(change.eventType()).contains("appointment.confirmed");
        assertThat(change.dedupKey(42)).contains("appointment:42:confirmed");
    }

    @Test
    void cancellingAConfirmedSessionRaisesConfirmedCancelled() {
        StatusChange change = new StatusChange(CONFIRMED, CANCELLED);

        assertThat(change.eventType()).contains("appointment.confirmed-cancelled");
        assertThat(change.dedupKey(7)).contains("appointment:7:confirmed-cancelled");
    }

    @Test
    void completionRaisesAppointmentCompleted() {
        assertThat(new StatusChange(CONFIRMED, COMPLETED).dedupKey(3)).contains("appointment:3:completed");
    }

    @Test
    void cancellingOrMissingAnUnconfirmedSessionRaisesNothing() {
        assertThat(new StatusChange(BOOKED, CANCELLED).eventType()).isEmpty();
        assertThat(new StatusChange(BOOKED, NO_SHOW).eventType()).isEmpty();
        assertThat(new StatusChange(CONFIRMED, NO_SHOW).eventType()).isEmpty();
        assertThat(new StatusChange(null, BOOKED).dedupKey(1)).isEmpty();
    }
}
