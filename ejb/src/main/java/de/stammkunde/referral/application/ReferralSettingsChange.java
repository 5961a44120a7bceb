package de.stammkunde.referral.application;

import de.stammkunde.referral.domain.CodeStyle;

/** A change of the referral settings; a null field stays, a monthly cap of 0 means no limit. */
public record ReferralSettingsChange(Boolean enabled, Integer referrerPoints, Integer welcomePoints, Integer monthlyCap,
                                     CodeStyle codeStyle) {
}
