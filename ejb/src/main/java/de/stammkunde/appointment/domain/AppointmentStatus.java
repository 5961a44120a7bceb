package de.stammkunde.appointment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appointment stands. Booked → confirmed → completed; booked or confirmed may end as
 * cancelled or no-show. Completed, cancelled and no-show are final. Only a confirmed session
 * completes, because confirmation is what the loyalty rules count.
 */
public enum AppointmentStatus {
    BOOKED,
    CONFIRMED,
    COMPLETED,
    CANCELLED,
    NO_SHOW;

    /** The statuses this one may change to. */
    public Set<AppointmentStatus> next() {
        return switch (this) {
            case BOOKED -> EnumSet.of(CONFIRMED, CANCELLED, NO_SHOW);
            case CONFIRMED -> EnumSet.of(COMPLETED, CANCELLED, NO_SHOW);
            case COMPLETED, CANCELLED, NO_SHOW -> EnumSet.noneOf(AppointmentStatus.class);
        };
    }

    public boolean mayBecome(AppointmentStatus target) {
        return next().contains(target);
    }

    /** Still in the calendar's future plans: may be moved or given to someone else. */
    public boolean open() {
        return this == BOOKED || this == CONFIRMED;
    }
}
