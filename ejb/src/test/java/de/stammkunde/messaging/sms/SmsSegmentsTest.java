package de.stammkunde.messaging.sms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTest {

    @Test
    void anEmptyTextTakesNoSegment() {
        assertThat(SmsSegments.count("")).isZero();
        assertThat(SmsSegments.count(null)).isZero();
    }

    @Test
    void fitsA160CharacterGsmTextIntoOneSmsAndSplitsLongerOnesInto153CharacterParts() {
        assertThat(SmsSegments.count("a".repeat(1))).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void countsGermanUmlautsAndEszettAsGsmCharacters() {
        assertThat(SmsSegments.count("äöüÄÖÜß".repeat(20) + "abcdefghij".repeat(2))).isEqualTo(1);
        assertThat(SmsSegments.count("ä".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.count("ö".repeat(161))).isEqualTo(2);
    }

    @Test
    void countsExtensionCharactersTwice() {
        assertThat(SmsSegments.count("€".repeat(80))).isEqualTo(1);
        assertThat(SmsSegments.count("€".repeat(81))).isEqualTo(2);
        assertThat(SmsSegments.count("[".repeat(80))).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(159) + "]")).isEqualTo(2);
        assertThat(SmsSegments.count("{}\\^~|".repeat(10) + "a".repeat(40))).isEqualTo(1);
    }

    @Test
    void neverSplitsAnExtensionCharacterBetweenTwoParts() {
        // 152 septets, then € (2): it does not fit into the first part's last septet
        String text = "a".repeat(152) + "€" + "a".repeat(152);

        assertThat(SmsSegments.count(text)).isEqualTo(3);
        assertThat(SmsSegments.count("a".repeat(151) + "€" + "a".repeat(153))).isEqualTo(2);
    }

    @Test
    void turnsTheWholeTextIntoUcs2ForOneCharacterOutsideGsm() {
        assertThat(SmsSegments.count("ł".repeat(70))).isEqualTo(1);
        assertThat(SmsSegments.count("ł".repeat(71))).isEqualTo(2);
        assertThat(SmsSegments.count("ł".repeat(134))).isEqualTo(2);
        assertThat(SmsSegments.count("ł".repeat(135))).isEqualTo(3);
        assertThat(SmsSegments.count("a".repeat(69) + "ł")).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(70) + "ł")).isEqualTo(2);
    }

    @Test
    void countsAnEmojiAsTwoUcs2Units() {
        String emoji = "\uD83D\uDE00";

        assertThat(SmsSegments.count(emoji.repeat(35))).isEqualTo(1);
        assertThat(SmsSegments.count(emoji.repeat(35) + "a")).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(68) + emoji)).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(130) + emoji.repeat(2))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(131) + emoji.repeat(2))).isEqualTo(3);
    }

    @Test
    void neverSplitsAnEmojiBetweenTwoParts() {
        // 66 units, then an emoji (2 units) that does not fit into the first part's last unit
        assertThat(SmsSegments.count("a".repeat(66) + "\uD83D\uDE00" + "a".repeat(66))).isEqualTo(3);
    }
}
