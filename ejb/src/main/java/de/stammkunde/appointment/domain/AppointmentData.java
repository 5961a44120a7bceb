package de.stammkunde.appointment.domain;

import de.stammkunde.shared.error.Invalid;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an appointment is about: client, session type, start and end (instants), staff member
 * (Keycloak subject) and notes. {@link #violations} names every field whose shape is wrong; that
 * the client, the session type and the staff member exist is the application service's check.
 */
public record AppointmentData(long clientId, long sessionTypeId, Instant start, Instant end, String staffSubject,
                              String notes) {

    public static final Duration MAX_LENGTH = Duration.ofHours(24);
    public static final int MAX_NOTES = 2000;
    public static final int MAX_SUBJECT = 64;

    /** Every bad field of the given facts; empty when they make an appointment. */
    public static List<Invalid.Violation> violations(Long clientId, Long sessionTypeId, Instant start, Instant end,
                                                     String staffSubject, String notes) {
        List<Invalid.Violation> violations = new ArrayList<>();
        if (clientId == null) {
            violations.add(new Invalid.Violation("clientId", "required"));
        }
        if (sessionTypeId == null) {
            violations.add(new Invalid.Violation("sessionTypeId", "required"));
        }
        if (start == null) {
            violations.add(new Invalid.Violation("start", "required"));
        }
        if (end != null && start != null && !end.isAfter(start)) {
            violations.add(new Invalid.Violation("end", "after the start"));
        } else if (end != null && start != null && Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
            violations.add(new Invalid.Violation("end", "at most 24 hours after the start"));
        }
        if (staffSubject == null || staffSubject.isBlank() || staffSubject.length() > MAX_SUBJECT) {
            violations.add(new Invalid.Violation("staffSubject", "required: a staff member of the business"));
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            violations.add(new Invalid.Violation("notes", "at most " + MAX_NOTES + " characters"));
        }
        return violations;
    }

    /** The checked facts; throws {@link Invalid} naming every bad field. */
    public static AppointmentData of(Long clientId, Long sessionTypeId, Instant start, Instant end,
                                     String staffSubject, String notes) {
        List<Invalid.Violation> violations = violations(clientId, sessionTypeId, start, end, staffSubject, notes);
        if (end == null && violations.stream().noneMatch(v -> v.field().equals("end"))) {
            violations.add(new Invalid.Violation("end", "required"));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new AppointmentData(clientId, sessionTypeId, start, end, staffSubject.strip(),
                notes == null || notes.isBlank() ? null : notes.strip());
    }
}
