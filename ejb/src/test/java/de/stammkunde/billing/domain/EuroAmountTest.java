package de.stammkunde.billing.domain;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class EuroAmountTest {

    @Test
    void showsEurosTheWayEachLanguageWritesThem() {
        assertThat(new EuroAmount(4_200).format(Locale.GERMAN)).isEqualTo("42,00\u00a0€");
        assertThat(new EuroAmount(123_456).format(Locale.GERMAN)).isEqualTo("1.234,56\u00a0€");
        assertThat(new EuroAmount(4_200).format(Locale.ENGLISH)).isEqualTo("€42.00");
    }

    @Test
    void readsWhatPeopleTypeInEachLanguage() {
        assertThat(EuroAmount.parse("42", Locale.GERMAN)).contains(new EuroAmount(4_200));
        assertThat(EuroAmount.parse("42,5 €", Locale.GERMAN)).contains(new EuroAmount(4_250));
        assertThat(EuroAmount.parse("1.234,56", Locale.GERMAN)).contains(new EuroAmount(123_456));
        assertThat(EuroAmount.parse("€1,234.56", Locale.ENGLISH)).contains(new EuroAmount(123_456));
        assertThat(EuroAmount.parse("42.5", Locale.ENGLISH)).contains(new EuroAmount(4_250));
    }

    @Test
    void refusesWhatIsNoAmount() {
        assertThat(EuroAmount.parse("zwölf", Locale.GERMAN)).isEmpty();
        assertThat(EuroAmount.parse("1,234", Locale.GERMAN)).isEmpty();
        assertThat(EuroAmount.parse("-5", Locale.ENGLISH)).isEmpty();
        assertThat(EuroAmount.parse("", Locale.ENGLISH)).isEmpty();
    }
}
