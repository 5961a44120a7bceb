package de.stammkunde.reward.domain;

/** What a reward is: a promo code or a gift voucher worth an amount (both carry a code), or anything else. */
public enum RewardType {
    PROMO_CODE, GIFT_VOUCHER, CUSTOM;

    /** Whether a grant of this type gets a code to redeem. */
    public boolean hasCode() {
        return this != CUSTOM;
    }
}
