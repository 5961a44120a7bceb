package de.stammkunde.appointment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a client may book online on one day: the active session types, and the free slots of the
 * chosen one ({@code sessionTypeId}; the first by name when none was chosen, null when there is none).
 */
public record BookingOffer(LocalDate day, Long sessionTypeId, List<OfferedSessionType> sessionTypes,
                           List<FreeSlot> slots) {

    /** A session type as clients see it. */
    public record OfferedSessionType(long id, String name, int durationMinutes, long priceCents) {
    }

    /** A start at which the session fits and nothing else is booked; localStart in the business's time zone. */
    public record FreeSlot(Instant start, Instant end, LocalDateTime localStart) {
    }
}
