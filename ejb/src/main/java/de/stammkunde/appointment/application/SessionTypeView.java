package de.stammkunde.appointment.application;

import de.stammkunde.appointment.domain.SessionType;

import java.time.Instant;

/** A session type as staff see it; {@code version} is the optimistic-lock version (the API's ETag). */
public record SessionTypeView(long id, long version, String name, int durationMinutes, long defaultPriceCents,
                              boolean active, Instant updatedAt) {

    static SessionTypeView of(SessionType type) {
        return new SessionTypeView(type.id(), type.version(), type.name(), type.durationMinutes(),
                type.defaultPriceCents(), type.active(), type.updatedAt());
    }
}
