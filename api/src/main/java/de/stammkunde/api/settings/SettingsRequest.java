package de.stammkunde.api.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A change of the business's settings; a missing image-publication switch, reminder lead time or
 * birthday switch stays as it is.
 */
public record SettingsRequest(@NotNull Boolean clientHistory, Boolean imagePublication,
                              @Min(value = 0, message = "0 to 336 hours (0: no reminders)")
                              @Max(value = 336, message = "0 to 336 hours (0: no reminders)")
                              Integer reminderLeadHours,
                              Boolean birthdayGreetings) {
}
