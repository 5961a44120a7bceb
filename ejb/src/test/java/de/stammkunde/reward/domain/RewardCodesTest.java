package de.stammkunde.reward.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RewardCodesTest {

    @Test
    void codesAreTenCharactersWithoutLookAlikesInTwoGroups() {
        for (int i = 0; i < 1000; i++) {
            String code = RewardCodes.next();
            assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}").doesNotContain("0", "O", "1", "I");
        }
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            codes.add(RewardCodes.next());
        }
        assertThat(codes).hasSize(100_000);
    }

    @Test
    void typedCodesAreNormalised() {
        assertThat(RewardCodes.normalise(" abcde fgh23 ")).isEqualTo("ABCDE-FGH23");
        assertThat(RewardCodes.normalise("abcdefgh23")).isEqualTo("ABCDE-FGH23");
        assertThat(RewardCodes.normalise("ABCDE-FGH23")).isEqualTo("ABCDE-FGH23");
        assertThat(RewardCodes.normalise("short")).isEqualTo("SHORT");
    }
}
