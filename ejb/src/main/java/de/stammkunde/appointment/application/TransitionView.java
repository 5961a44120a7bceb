package de.stammkunde.appointment.application;

import de.stammkunde.appointment.domain.AppointmentTransition;

import java.time.Instant;

/** One status change of an appointment: from (null when booked), to, when, by whom. */
public record TransitionView(String from, String to, Instant at, String actorKind, String actorId,
                             String actorName) {

    static TransitionView of(AppointmentTransition transition) {
        return new TransitionView(transition.fromStatus() == null ? null : transition.fromStatus().name(),
                transition.toStatus().name(), transition.at(), transition.actor().kind().name(),
                transition.actor().id(), transition.actor().displayName());
    }
}
