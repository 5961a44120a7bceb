package de.stammkunde.shared.time;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** {@code timestamptz} and {@code date} columns read by a native query, whichever Java type the driver chose. */
public final class SqlTimes {

    private SqlTimes() {
    }

    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** A {@code date} column as a local date. */
    public static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
