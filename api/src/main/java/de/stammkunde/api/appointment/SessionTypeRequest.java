package de.stammkunde.api.appointment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A session type as the API receives it; the price in cents (EUR). */
public record SessionTypeRequest(
        @NotBlank(message = "required") @Size(max = 100, message = "at most 100 characters") String name,
        @NotNull(message = "required") @Min(value = 5, message = "5 to 1440 minutes")
        @Max(value = 1440, message = "5 to 1440 minutes") Integer durationMinutes,
        @NotNull(message = "required") @Min(value = 0, message = "cents, 0 or more") Long defaultPriceCents,
        Boolean active) {
}
