package de.stammkunde.api.loyalty;

/** Confirms removing every payment and session point. */
public record ResetRequest(Boolean confirm) {
}
