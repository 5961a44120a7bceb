package de.stammkunde.referral.application;

import java.time.Instant;

/**
 * Who referred whom, how (online booking with a code, or registered by staff), and what came of
 * it: {@code outcome} is empty until the friend's first session is confirmed, then REWARDED,
 * CAPPED (the referrer had reached the monthly cap), NOT_FIRST or PROGRAM_OFF; {@code referrerPoints}
 * and {@code welcomePoints} are what the settlement awarded (null: nothing).
 */
public record ReferralView(long id, long referrerId, String referrerName, long referredId, String referredName,
                           String code, String source, Instant createdAt, String createdBy, Instant settledAt,
                           String outcome, Integer referrerPoints, Integer welcomePoints) {
}
