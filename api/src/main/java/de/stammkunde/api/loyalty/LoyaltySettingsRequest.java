package de.stammkunde.api.loyalty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.List;

/** A change of the loyalty program's settings; missing fields stay as they are. */
public record LoyaltySettingsRequest(Boolean enabled, Boolean pointsPerEuroEnabled,
                                     @DecimalMin(value = "0", message = "0 to 1000, e.g. 0.5")
                                     @DecimalMax(value = "1000", message = "0 to 1000, e.g. 0.5")
                                     @Digits(integer = 4, fraction = 4, message = "at most 4 decimals")
                                     BigDecimal pointsPerEuro,
                                     List<@Valid @NotNull SessionPoints> sessionPoints) {

    /** The points a confirmed session of one session type earns. */
    public record SessionPoints(@NotNull Long sessionTypeId,
                                @NotNull @Min(value = 0, message = "0 to 1000000") @Max(value = 1_000_000,
                                        message = "0 to 1000000") Integer points,
                                Boolean enabled) {
    }
}
