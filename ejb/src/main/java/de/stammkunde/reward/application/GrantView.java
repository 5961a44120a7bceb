package de.stammkunde.reward.application;

import java.time.Instant;

/**
 * A reward a client received: the tier and its kind and value at the time, the code (none for a
 * custom reward), the state, and who granted and redeemed it when.
 */
public record GrantView(long id, long tierId, long clientId, String rewardName, String type, Long valueCents,
                        String code, String state, boolean manual, String reason, long balanceAtGrant,
                        Instant grantedAt, String grantedBy, Instant redeemedAt, String redeemedBy) {
}
