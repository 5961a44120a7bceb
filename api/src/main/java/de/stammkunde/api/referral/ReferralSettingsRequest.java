package de.stammkunde.api.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The referral settings: codes from names (NAME) or pseudonymous (PSEUDONYM). */
public record ReferralSettingsRequest(@NotNull(message = "required, NAME or PSEUDONYM")
                                      @Pattern(regexp = "NAME|PSEUDONYM", message = "NAME or PSEUDONYM")
                                      String codeStyle) {
}
