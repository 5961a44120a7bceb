package de.stammkunde.appointment.domain;

import de.stammkunde.shared.error.Conflict;

/** The appointment's current status does not lead to the requested one (e.g. confirming it twice). */
public class TransitionNotAllowed extends Conflict {

    private final AppointmentStatus current;
    private final AppointmentStatus requested;

    public TransitionNotAllowed(long id, AppointmentStatus current, AppointmentStatus requested) {
        super("transition-not-allowed", "Appointment " + id + " is " + current + " and cannot become " + requested);
        this.current = current;
        this.requested = requested;
    }

    public AppointmentStatus current() { return current; }
    public AppointmentStatus requested() { return requested; }
}
