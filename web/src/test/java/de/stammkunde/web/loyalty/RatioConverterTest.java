package de.stammkunde.web.loyalty;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RatioConverterTest {

    @Test
    void acceptsTheGermanDecimalCommaAndThePoint() {
        assertThat(RatioConverter.parse("0,5")).contains(new BigDecimal("0.5"));
        assertThat(RatioConverter.parse(" 0.5 ")).contains(new BigDecimal("0.5"));
        assertThat(RatioConverter.parse("2")).contains(new BigDecimal("2"));
        assertThat(RatioConverter.parse("1,2345")).contains(new BigDecimal("1.2345"));
    }

    @Test
    void refusesWhatIsNoRatio() {
        assertThat(RatioConverter.parse("-1")).isEmpty();
        assertThat(RatioConverter.parse("0,5,5")).isEmpty();
        assertThat(RatioConverter.parse("1,23456")).isEmpty();
        assertThat(RatioConverter.parse("eins")).isEmpty();
        assertThat(RatioConverter.parse("12345")).isEmpty();
    }

    @Test
    void showsTheRatioAsThePageLanguageWritesIt() {
        assertThat(RatioConverter.format(new BigDecimal("0.5000"), Locale.GERMAN)).isEqualTo("0,5");
        assertThat(RatioConverter.format(new BigDecimal("0.5"), Locale.ENGLISH)).isEqualTo("0.5");
        assertThat(RatioConverter.format(new BigDecimal("1000"), Locale.GERMAN)).isEqualTo("1000");
    }
}
