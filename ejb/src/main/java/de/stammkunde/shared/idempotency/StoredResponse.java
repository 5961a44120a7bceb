package de.stammkunde.shared.idempotency;

/** The answer to a request, as stored for its idempotency key: status, Location (or null), body. */
public record StoredResponse(int status, String location, String body) {
}
