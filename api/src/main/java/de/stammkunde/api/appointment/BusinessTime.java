package de.stammkunde.api.appointment;

import de.stammkunde.shared.error.Invalid;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Date-times as API callers write them: with an offset, or without one in the business's time zone. */
public final class BusinessTime {

    static final String DATE_TIME = "a date-time like 2026-03-14T10:00 (business time) or 2026-03-14T09:00:00Z";

    private BusinessTime() {
    }

    /** The instant, or null when blank; a value that is no date-time adds a violation for {@code field}. */
    public static Instant instant(String value, String field, ZoneId zone, List<Invalid.Violation> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(new Invalid.Violation(field, DATE_TIME));
                return null;
            }
        }
    }
}
