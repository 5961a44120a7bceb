package de.stammkunde.consent.application;

import java.time.Instant;

/**
 * A client's current answer for one purpose and channel, with the text version it refers to and
 * whether a newer version of that text has been published since.
 */
public record ConsentView(String purpose, String channel, String state, Integer textVersion, String textLanguage,
                          boolean textOutdated, boolean byGuardian, String guardianName, String guardianRelation,
                          Instant updatedAt) {
}
