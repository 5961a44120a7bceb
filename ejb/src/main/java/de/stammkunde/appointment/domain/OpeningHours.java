package de.stammkunde.appointment.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When clients may book online: every day from {@code opens} to {@code closes} in the business's
 * time zone, a session starting every {@code step}. Opening hours are not a setting of the business
 * yet; until they are, {@link #DEFAULT} (09:00–18:00 every day, every 30 minutes) applies.
 */
public record OpeningHours(LocalTime opens, LocalTime closes, Duration step) {

    public static final OpeningHours DEFAULT = new OpeningHours(LocalTime.of(9, 0), LocalTime.of(18, 0),
            Duration.ofMinutes(30));

    public OpeningHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens) || step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("Opening hours need opens < closes and a positive step");
        }
    }

    /**
     * The starts on the day at which a session of the given length fits before closing, not
     * before {@code notBefore} (past slots are not offered). A day the clocks change keeps its
     * wall-clock times; a start the change skips is left out.
     */
    public List<Instant> starts(LocalDate day, Duration length, ZoneId zone, Instant notBefore) {
        List<Instant> starts = new ArrayList<>();
        Duration open = Duration.between(opens, closes);
        for (Duration offset = Duration.ZERO; offset.plus(length).compareTo(open) <= 0; offset = offset.plus(step)) {
            LocalTime time = opens.plus(offset);
            ZonedDateTime start = day.atTime(time).atZone(zone);
            if (start.toLocalTime().equals(time) && !start.toInstant().isBefore(notBefore)) {
                starts.add(start.toInstant());
            }
        }
        return starts;
    }
}
