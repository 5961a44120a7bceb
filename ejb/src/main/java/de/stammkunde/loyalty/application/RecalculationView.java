package de.stammkunde.loyalty.application;

import java.time.Instant;

/**
 * A recalculation: its period ({@code months} 3, 6, 12 or null for all time, from {@code since}),
 * state QUEUED → RUNNING (phase awarding, rewards, email) → DONE or FAILED, and what it did.
 */
public record RecalculationView(long id, Integer months, Instant since, String state, String phase, int payments,
                                int sessions, long points, int clients, int rewards, String startedBy,
                                Instant createdAt, Instant finishedAt, String error) {
}
