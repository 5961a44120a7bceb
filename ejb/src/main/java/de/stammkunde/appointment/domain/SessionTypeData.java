package de.stammkunde.appointment.domain;

import de.stammkunde.shared.error.Invalid;

import java.util.ArrayList;
import java.util.List;

/**
 * The editable facts of a session type, checked: {@link #of} names every bad field at once. The
 * price is in cents (EUR); a session lasts 5 minutes to a day.
 */
public record SessionTypeData(String name, int durationMinutes, long defaultPriceCents, boolean active) {

    public static final int MAX_NAME = 100;
    public static final int MIN_DURATION = 5;
    public static final int MAX_DURATION = 24 * 60;
    public static final long MAX_PRICE_CENTS = 100_000_000L;

    public static SessionTypeData of(String name, Integer durationMinutes, Long defaultPriceCents, Boolean active) {
        List<Invalid.Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            violations.add(new Invalid.Violation("name", "required, at most " + MAX_NAME + " characters"));
        }
        if (durationMinutes == null || durationMinutes < MIN_DURATION || durationMinutes > MAX_DURATION) {
            violations.add(new Invalid.Violation("durationMinutes", MIN_DURATION + " to " + MAX_DURATION + " minutes"));
        }
        if (defaultPriceCents == null || defaultPriceCents < 0 || defaultPriceCents > MAX_PRICE_CENTS) {
            violations.add(new Invalid.Violation("defaultPriceCents", "cents, 0 to " + MAX_PRICE_CENTS));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new SessionTypeData(name.strip(), durationMinutes, defaultPriceCents, active == null || active);
    }
}
