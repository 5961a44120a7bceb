package de.stammkunde.loyalty.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A change of the program's settings; a null field stays as it is, session types not named keep
 * their points.
 */
public record LoyaltySettingsChange(Boolean enabled, Boolean pointsPerEuroEnabled, BigDecimal pointsPerEuro,
                                    List<SessionPointsChange> sessionPoints) {

    public record SessionPointsChange(long sessionTypeId, int points, boolean enabled) {
    }
}
