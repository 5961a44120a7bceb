package de.stammkunde.settings.application;

import java.time.Instant;

/**
 * The business's settings; {@code version} is the optimistic-lock version (the API's ETag).
 * {@code reminderLeadHours}: hours before an appointment its reminder goes out (0: none).
 */
public record SettingsView(long version, boolean clientHistory, boolean imagePublication, int reminderLeadHours,
                           boolean birthdayGreetings, Instant updatedAt) {
}
