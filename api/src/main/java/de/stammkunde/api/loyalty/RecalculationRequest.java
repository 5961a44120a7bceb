package de.stammkunde.api.loyalty;

/** A recalculation of the last 3, 6 or 12 months; without {@code months}, of all time. */
public record RecalculationRequest(Integer months) {
}
