package de.stammkunde.consent.application;

import java.time.Instant;

/** A published consent text version. */
public record ConsentTextView(String purpose, String language, int version, String body, Instant publishedAt,
                              String publishedBy, boolean current) {
}
