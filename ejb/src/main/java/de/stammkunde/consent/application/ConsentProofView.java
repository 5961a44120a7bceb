package de.stammkunde.consent.application;

import java.time.Instant;

/** One entry of a client's consent trail, as evidence. */
public record ConsentProofView(long id, String purpose, String channel, String state, String source,
                               Integer textVersion, String textLanguage, String textBody, String actorKind,
                               String actorId, String actorName, String ip, String userAgent, String guardianName,
                               String guardianRelation, Instant recordedAt) {
}
