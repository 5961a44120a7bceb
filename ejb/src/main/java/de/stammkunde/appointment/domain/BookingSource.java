package de.stammkunde.appointment.domain;

/** Who booked an appointment: staff in the console or through the API, or the client online. */
public enum BookingSource {
    STAFF,
    ONLINE
}
