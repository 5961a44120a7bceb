package de.stammkunde.reward.domain;

/** A granted reward is active until it is redeemed or revoked; neither is ever undone. */
public enum GrantState {
    ACTIVE, REDEEMED, REVOKED
}
