package de.stammkunde.api.settings;

import jakarta.validation.constraints.NotNull;

/** A change of the business's settings. */
public record SettingsRequest(@NotNull Boolean clientHistory, Boolean imagePublication) {
}
