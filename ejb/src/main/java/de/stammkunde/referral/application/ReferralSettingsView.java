package de.stammkunde.referral.application;

import java.time.Instant;

/** The referral settings; {@code version} is the ETag for If-Match. */
public record ReferralSettingsView(long version, String codeStyle, Instant updatedAt) {
}
