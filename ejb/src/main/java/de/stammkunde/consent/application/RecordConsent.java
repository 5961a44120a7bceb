package de.stammkunde.consent.application;

/** An answer as staff or a form hand it in, unchecked; {@link ConsentService#record} checks it. */
public record RecordConsent(String channel, String state, String source, Integer textVersion, String language,
                            String ip, String userAgent, String guardianName, String guardianRelation) {
}
