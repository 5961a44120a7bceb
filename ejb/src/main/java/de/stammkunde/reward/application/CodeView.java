package de.stammkunde.reward.application;

import java.time.Instant;

/** A reward code looked up: its state, value, the reward and the client it belongs to. */
public record CodeView(String code, String state, String type, Long valueCents, String rewardName, long grantId,
                       long clientId, String clientName, Instant grantedAt, Instant redeemedAt, String redeemedBy) {
}
