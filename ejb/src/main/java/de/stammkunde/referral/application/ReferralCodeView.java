package de.stammkunde.referral.application;

/** A client's referral code and the booking link that carries it. */
public record ReferralCodeView(long clientId, String code, String link) {
}
