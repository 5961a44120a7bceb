package de.stammkunde.api.referral;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * A change of the referral settings; missing fields stay as they are. {@code monthlyCap} 0 means
 * no limit; {@code codeStyle} NAME (MARIE-DUPONT) or PSEUDONYM (K7M-Q2P) for new codes.
 */
public record ReferralSettingsRequest(Boolean enabled,
                                      @Min(value = 0, message = "0 to 1000000") @Max(value = 1_000_000,
                                              message = "0 to 1000000") Integer referrerPoints,
                                      @Min(value = 0, message = "0 to 1000000") @Max(value = 1_000_000,
                                              message = "0 to 1000000") Integer welcomePoints,
                                      @Min(value = 0, message = "0 (no limit) to 1000") @Max(value = 1000,
                                              message = "0 (no limit) to 1000") Integer monthlyCap,
                                      @Pattern(regexp = "NAME|PSEUDONYM", message = "NAME or PSEUDONYM")
                                      String codeStyle) {
}
