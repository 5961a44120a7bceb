package de.stammkunde.messaging.application;

import java.time.Instant;

/** A campaign as the console and the API show it. */
public record CampaignView(long id, String kind, String name, String subjectDe, String bodyDe, String subjectEn,
                           String bodyEn, String tag, String clientStatus, String state, Instant scheduledAt,
                           Instant startedAt, Instant finishedAt, int queued, int excluded, String createdBy,
                           Instant createdAt, String updatedBy, Instant updatedAt, long version) {
}
