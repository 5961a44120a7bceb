package de.stammkunde.api.appointment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An appointment as the API receives it. {@code start} and {@code end} are ISO date-times: with an
 * offset ({@code 2026-03-14T09:00:00Z}) they are instants, without one ({@code 2026-03-14T10:00})
 * they are read in the business's time zone. Without {@code end}, the session type's duration
 * decides; without {@code staffSubject}, the appointment is the caller's.
 */
public record AppointmentRequest(
        @NotNull(message = "required") Long clientId,
        @NotNull(message = "required") Long sessionTypeId,
        @NotNull(message = "required") String start,
        String end,
        @Size(max = 64, message = "at most 64 characters") String staffSubject,
        @Size(max = 2000, message = "at most 2000 characters") String notes) {
}
