package de.stammkunde.loyalty.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The loyalty program's settings: on or off, points per euro (a decimal ratio, on or off) and the
 * points per confirmed session of every session type. {@code version} is the ETag for If-Match.
 */
public record LoyaltySettingsView(long version, boolean enabled, boolean pointsPerEuroEnabled, BigDecimal pointsPerEuro,
                                  List<SessionTypePoints> sessionPoints, Instant updatedAt) {

    /** A session type and what its confirmed sessions earn. */
    public record SessionTypePoints(long sessionTypeId, String sessionTypeName, boolean sessionTypeActive, int points,
                                    boolean enabled) {
    }
}
