package de.stammkunde.appointment.application;

import de.stammkunde.appointment.domain.Appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * An appointment as staff see it: the instants, and the same in the business's time zone (the
 * day it lands on in the calendar). {@code version} is the optimistic-lock version (the ETag).
 * {@code source} says who booked it (STAFF or ONLINE); an online booking keeps the referral code
 * the client gave, as given.
 */
public record AppointmentView(long id, long version, long clientId, String clientName, long sessionTypeId,
                              String sessionTypeName, Instant start, Instant end, LocalDate day,
                              LocalDateTime localStart, LocalDateTime localEnd, String staffSubject,
                              String staffName, String status, long priceCents, String notes,
                              String source, String referralCode) {

    static AppointmentView of(Appointment appointment, String clientName, String sessionTypeName, String staffName,
                              ZoneId zone) {
        LocalDateTime localStart = LocalDateTime.ofInstant(appointment.startsAt(), zone);
        return new AppointmentView(appointment.id(), appointment.version(), appointment.clientId(), clientName,
                appointment.sessionTypeId(), sessionTypeName, appointment.startsAt(), appointment.endsAt(),
                localStart.toLocalDate(), localStart, LocalDateTime.ofInstant(appointment.endsAt(), zone),
                appointment.staffSubject(), staffName, appointment.status().name(), appointment.priceCents(),
                appointment.notes(), appointment.source().name(), appointment.referralCode());
    }

    /** Still open for changes: booked or confirmed. */
    public boolean open() {
        return "BOOKED".equals(status) || "CONFIRMED".equals(status);
    }
}
