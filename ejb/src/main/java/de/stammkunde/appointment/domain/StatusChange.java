package de.stammkunde.appointment.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One transition of an appointment's status, and the domain event it raises: {@code
 * appointment.confirmed} on confirmation, {@code appointment.confirmed-cancelled} when a confirmed
 * session is cancelled (its points are reversed), {@code appointment.completed} on completion.
 */
public record StatusChange(AppointmentStatus from, AppointmentStatus to) {

    public StatusChange {
        Objects.requireNonNull(to, "to");
    }

    /** The event type this change raises, if any. */
    public Optional<String> eventType() {
        if (to == AppointmentStatus.CONFIRMED) {
            return Optional.of("appointment.confirmed");
        }
        if (to == AppointmentStatus.CANCELLED && from == AppointmentStatus.CONFIRMED) {
            return Optional.of("appointment.confirmed-cancelled");
        }
        if (to == AppointmentStatus.COMPLETED) {
            return Optional.of("appointment.completed");
        }
        return Optional.empty();
    }

    /**
     * The event's dedup key, e.g. {@code appointment:42:confirmed}: final statuses are never left
     * and confirmation happens once, so each key names exactly one transition.
     */
    public Optional<String> dedupKey(long appointmentId) {
        return eventType().map(type -> "appointment:" + appointmentId + ":" + type.substring("appointment.".length()));
    }
}
