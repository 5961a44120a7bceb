package de.stammkunde.messaging.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void trimsAndLowerCasesOnlyTheDomain() {
        assertThat(new EmailAddress("  Marie.Dupont@Studio-Licht.DE ").value())
                .isEqualTo("Marie.Dupont@studio-licht.de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jürgen.mueller@example.de", "info@friseur-köln.de", "anna@", "@example.de",
            "anna@example", "anna..b@example.de", ".anna@example.de", "anna.@example.de", "anna b@example.de",
            "anna@-example.de", ""})
    @NullSource
    void refusesWhatIsNotAnAddress(String text) {
        assertThatThrownBy(() -> new EmailAddress(text)).isInstanceOf(EmailAddress.InvalidEmailAddress.class);
    }

    @Test
    void refusesAddressesLongerThanSmtpAllows() {
        String local = "a".repeat(64);
        String domain = ("b".repeat(60) + ".").repeat(4) + "de";
        assertThatThrownBy(() -> new EmailAddress(local + "@" + domain))
                .isInstanceOf(EmailAddress.InvalidEmailAddress.class);
    }

    @Test
    void acceptsPlusAddressing() {
        assertThat(new EmailAddress("owner+demo@stammkunde.local").value()).isEqualTo("owner+demo@stammkunde.local");
    }
}
