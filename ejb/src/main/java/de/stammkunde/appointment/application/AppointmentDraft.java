package de.stammkunde.appointment.application;

import java.time.Instant;

/**
 * An appointment as staff enter it, not yet checked. Without an end, the session type's duration
 * decides it.
 */
public record AppointmentDraft(Long clientId, Long sessionTypeId, Instant start, Instant end, String staffSubject,
                               String notes) {
}
