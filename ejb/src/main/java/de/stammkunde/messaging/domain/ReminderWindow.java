package de.stammkunde.messaging.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Which appointments are reminded now: those starting after {@code now} and at most the lead
 * time later. A lead time of 0 means the business sends no reminders. The reminder's key carries
 * the start, so an appointment moved to another time is reminded again.
 */
public record ReminderWindow(Instant now, int leadHours) {

    public boolean enabled() {
        return leadHours > 0;
    }

    /** The latest start reminded now (inclusive); the window starts after {@code now}. */
    public Instant until() {
        return now.plus(Duration.ofHours(leadHours));
    }

    /** The reminder's cause, {@code appointment:{id}:reminder:{startEpochSecond}}; the outbox adds the channel. */
    public static String cause(long appointmentId, Instant start) {
        return "appointment:" + appointmentId + ":reminder:" + start.getEpochSecond();
    }
}
