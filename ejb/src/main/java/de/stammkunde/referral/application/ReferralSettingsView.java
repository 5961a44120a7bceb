package de.stammkunde.referral.application;

import java.time.Instant;

/**
 * The referral settings: on or off, points for the referrer, welcome points for the friend, the
 * monthly cap per referrer (null: none), the style of new codes. {@code version} is the ETag.
 */
public record ReferralSettingsView(long version, boolean enabled, int referrerPoints, int welcomePoints,
                                   Integer monthlyCap, String codeStyle, Instant updatedAt) {
}
