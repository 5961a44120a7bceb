package de.stammkunde.settings.application;

import java.time.Instant;

/** The business's settings; {@code version} is the optimistic-lock version (the API's ETag). */
public record SettingsView(long version, boolean clientHistory, boolean imagePublication, Instant updatedAt) {
}
