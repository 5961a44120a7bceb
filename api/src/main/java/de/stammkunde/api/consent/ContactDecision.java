package de.stammkunde.api.consent;

/** Whether the business may contact the client for a purpose on a channel, and the reason. */
public record ContactDecision(String purpose, String channel, boolean allowed, String reason) {
}
