package de.stammkunde.api.consent;

/** A new version of a consent text. */
public record ConsentTextRequest(String purpose, String language, String body) {
}
