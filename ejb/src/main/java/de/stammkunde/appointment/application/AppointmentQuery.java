package de.stammkunde.appointment.application;

import de.stammkunde.appointment.domain.AppointmentStatus;
import de.stammkunde.shared.error.Invalid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which appointments to list: the days {@code from} to {@code to} (both included, as the business's
 * time zone counts them), optionally one staff member and one status, and the page.
 */
public record AppointmentQuery(LocalDate from, LocalDate to, String staffSubject, AppointmentStatus status, int page,
                               int size) {

    public static final int MAX_SIZE = 500;
    public static final int MAX_DAYS = 62;

    /** Checks the raw parameters; names every bad one. Without {@code from}, today; without {@code to}, {@code from}. */
    public static AppointmentQuery of(String from, String to, String staff, String status, Integer page, Integer size,
                                      LocalDate today) {
        List<Invalid.Violation> violations = new ArrayList<>();
        LocalDate first = date(from, "from", today, violations);
        LocalDate last = date(to, "to", first, violations);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                violations.add(new Invalid.Violation("to", "on or after from"));
            } else if (last.isAfter(first.plusDays(MAX_DAYS - 1L))) {
                violations.add(new Invalid.Violation("to", "at most " + MAX_DAYS + " days after from"));
            }
        }
        AppointmentStatus checkedStatus = null;
        if (status != null && !status.isBlank()) {
            try {
                checkedStatus = AppointmentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                violations.add(new Invalid.Violation("status", "one of " + Arrays.toString(AppointmentStatus.values())));
            }
        }
        int checkedPage = page == null ? 0 : page;
        int checkedSize = size == null ? 100 : size;
        if (checkedPage < 0) {
            violations.add(new Invalid.Violation("page", "0 or more"));
        }
        if (checkedSize < 1 || checkedSize > MAX_SIZE) {
            violations.add(new Invalid.Violation("size", "1 to " + MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new AppointmentQuery(first, last, staff == null || staff.isBlank() ? null : staff.strip(),
                checkedStatus, checkedPage, checkedSize);
    }

    /** The first day's midnight in the zone. */
    public Instant since(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The midnight after the last day in the zone. */
    public Instant until(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate date(String value, String field, LocalDate fallback, List<Invalid.Violation> violations) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Invalid.Violation(field, "a date like 2026-03-14"));
            return null;
        }
    }
}
