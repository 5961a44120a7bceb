package de.stammkunde.referral.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralCodesTest {

    @Test
    void namesBecomeUpperCaseAsciiWordsJoinedByDashes() {
        assertThat(ReferralCodes.fromName("Marie", "Dupont")).isEqualTo("MARIE-DUPONT");
        assertThat(ReferralCodes.fromName("Anne-Marie", "de la Fontaine")).isEqualTo("ANNE-MARIE-DE-LA-FONTAINE");
        assertThat(ReferralCodes.fromName("  paul ", " martin ")).isEqualTo("PAUL-MARTIN");
    }

    @Test
    void germanLettersAreTransliteratedOtherAccentsStripped() {
        assertThat(ReferralCodes.fromName("Jürgen", "Müller")).isEqualTo("JUERGEN-MUELLER");
        assertThat(ReferralCodes.fromName("Öznur", "Weiß")).isEqualTo("OEZNUR-WEISS");
        assertThat(ReferralCodes.fromName("Zoë", "")).isEqualTo("ZOE");
        assertThat(ReferralCodes.fromName("François", "Lefèvre")).isEqualTo("FRANCOIS-LEFEVRE");
        assertThat(ReferralCodes.fromName("Søren", "Łukasz")).isEqualTo("SOREN-LUKASZ");
    }

    @Test
    void punctuationIsDroppedAndUnwritableNamesGiveNothing() {
        assertThat(ReferralCodes.fromName("Sean", "O'Brien")).isEqualTo("SEAN-OBRIEN");
        assertThat(ReferralCodes.fromName("Dr. Eva", "Klein (geb. Groß)")).isEqualTo("DR-EVA-KLEIN-GEB-GROSS");
        assertThat(ReferralCodes.fromName("Иван", "")).isEmpty();
    }

    @Test
    void longNamesAreCutWithRoomForASuffix() {
        String code = ReferralCodes.fromName("Maximilian-Alexander", "von Hohenzollern-Sigmaringen");
        assertThat(code.length()).isLessThanOrEqualTo(ReferralCodes.MAX_LENGTH - 4);
        assertThat(code).doesNotEndWith("-").startsWith("MAXIMILIAN-ALEXANDER-VON");
    }

    @Test
    void duplicatesAreNumberedFromTwo() {
        assertThat(ReferralCodes.numbered("MARIE-DUPONT", 1)).isEqualTo("MARIE-DUPONT");
        assertThat(ReferralCodes.numbered("MARIE-DUPONT", 2)).isEqualTo("MARIE-DUPONT-2");
        assertThat(ReferralCodes.numbered("MARIE-DUPONT", 3)).isEqualTo("MARIE-DUPONT-3");
    }

    @Test
    void pseudonymsHaveNoLookAlikesAndTypedCodesAreNormalised() {
        for (int i = 0; i < 1000; i++) {
            assertThat(ReferralCodes.pseudonym()).matches("[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}");
        }
        assertThat(ReferralCodes.normalise(" paul-martin ")).isEqualTo("PAUL-MARTIN");
        assertThat(ReferralCodes.normalise("paul martin")).isEqualTo("PAUL-MARTIN");
    }
}
