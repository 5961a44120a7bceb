package de.stammkunde.reward.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts in the tiers' default texts, as German and English readers write them. */
class EurosTest {

    @Test
    void germanGroupsThousandsWithDotsAndShowsCentsOnlyWhenThereAreAny() {
        assertThat(Rewards.euros(1000, false)).isEqualTo("10 €");
        assertThat(Rewards.euros(1050, false)).isEqualTo("10,50 €");
        assertThat(Rewards.euros(1005, false)).isEqualTo("10,05 €");
        assertThat(Rewards.euros(99, false)).isEqualTo("0,99 €");
        assertThat(Rewards.euros(123456, false)).isEqualTo("1.234,56 €");
        assertThat(Rewards.euros(100000000, false)).isEqualTo("1.000.000 €");
        assertThat(Rewards.euros(-1050, false)).isEqualTo("-10,50 €");
    }

    @Test
    void englishPutsTheSignFirstAndGroupsWithCommas() {
        assertThat(Rewards.euros(1000, true)).isEqualTo("€10");
        assertThat(Rewards.euros(1050, true)).isEqualTo("€10.50");
        assertThat(Rewards.euros(123456, true)).isEqualTo("€1,234.56");
        assertThat(Rewards.euros(99999, true)).isEqualTo("€999.99");
    }
}
