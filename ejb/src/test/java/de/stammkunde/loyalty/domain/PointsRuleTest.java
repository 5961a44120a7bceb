package de.stammkunde.loyalty.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PointsRuleTest {

    @Test
    void aPaymentEarnsTheFloorOfTheTotalInEurosTimesTheRatio() {
        assertThat(PointsRule.forPayment(7500, BigDecimal.ONE)).isEqualTo(75);
        assertThat(PointsRule.forPayment(7599, BigDecimal.ONE)).isEqualTo(75);
        assertThat(PointsRule.forPayment(7599, new BigDecimal("0.5"))).isEqualTo(37);
        assertThat(PointsRule.forPayment(20000, new BigDecimal("2"))).isEqualTo(400);
        assertThat(PointsRule.forPayment(333, new BigDecimal("1.5"))).isEqualTo(4);
    }

    @Test
    void nothingIsEarnedForNothingOrAtRatioZero() {
        assertThat(PointsRule.forPayment(0, BigDecimal.ONE)).isZero();
        assertThat(PointsRule.forPayment(99, BigDecimal.ONE)).isZero();
        assertThat(PointsRule.forPayment(10000, BigDecimal.ZERO)).isZero();
    }

    @Test
    void hugeTotalsAreCappedInsteadOfOverflowing() {
        assertThat(PointsRule.forPayment(Long.MAX_VALUE, new BigDecimal("1000"))).isEqualTo(Integer.MAX_VALUE);
    }
}
