package de.stammkunde.reward.domain;

import de.stammkunde.shared.error.Invalid;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RewardTierDataTest {

    @Test
    void codesAndVouchersNeedAValueCustomRewardsDoNot() {
        assertThat(RewardTierData.of("Promocode 10 €", "PROMO_CODE", 1000L, 100, null, null, null))
                .satisfies(tier -> {
                    assertThat(tier.email()).as("email on by default").isTrue();
                    assertThat(tier.active()).isTrue();
                });
        assertThat(RewardTierData.of("Gratis-Shooting", "CUSTOM", null, 1000, "  ", false, true).description()).isNull();
        assertThatThrownBy(() -> RewardTierData.of("Gutschein", "GIFT_VOUCHER", null, 250, null, null, null))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.violations())
                        .extracting(Invalid.Violation::field).containsExactly("valueCents"));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> RewardTierData.of(" ", "VOUCHER", null, 0, "x".repeat(1001), null, null))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.violations())
                        .extracting(Invalid.Violation::field)
                        .containsExactly("name", "type", "threshold", "description"));
    }

    @Test
    void aTierWidensWhenItBecomesActiveOrItsThresholdGoesDownNotWhenItRises() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        RewardTier tier = new RewardTier(RewardTierData.of("Promo", "PROMO_CODE", 1000L, 100, null, true, true), now);
        assertThat(tier.change(RewardTierData.of("Promo", "PROMO_CODE", 1000L, 150, null, true, true), now)).isFalse();
        assertThat(tier.change(RewardTierData.of("Promo", "PROMO_CODE", 1000L, 120, null, true, true), now)).isTrue();
        assertThat(tier.change(RewardTierData.of("Promo", "PROMO_CODE", 1000L, 120, null, true, false), now)).isFalse();
        assertThat(tier.change(RewardTierData.of("Promo", "PROMO_CODE", 1000L, 120, null, true, true), now)).isTrue();
    }
}
