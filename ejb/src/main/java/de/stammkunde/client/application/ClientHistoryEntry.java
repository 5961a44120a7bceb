package de.stammkunde.client.application;

import de.stammkunde.client.domain.FieldChange;

import java.time.Instant;
import java.util.List;

/** One revision of a client: when, who (kind, id, display name), what kind of change, which fields. */
public record ClientHistoryEntry(long revision, Instant at, String actorKind, String actorId, String actorName,
                                 String change, List<FieldChange> changes) {
}
