package de.stammkunde.api.loyalty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Points added (positive) or deducted (negative) by hand, with the reason; {@code belowZero}
 * confirms a deduction that leaves the balance below zero.
 */
public record PointsRequest(@NotNull @Min(value = -1_000_000, message = "-1000000 to 1000000, not 0")
                            @Max(value = 1_000_000, message = "-1000000 to 1000000, not 0") Integer points,
                            @NotBlank(message = "required") @Size(max = 500, message = "at most 500 characters")
                            String reason,
                            Boolean belowZero) {
}
