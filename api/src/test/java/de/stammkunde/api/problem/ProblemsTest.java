package de.stammkunde.api.problem;

import de.stammkunde.shared.i18n.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    private Locale jvmDefault;

    @BeforeEach
    void englishMachine() {
        jvmDefault = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void speaksGermanByDefaultEvenOnAnEnglishMachine() {
        Problem problem = Problems.of(ProblemCode.NOT_FOUND, Languages.preferred(List.of()), "/api/v1/x");

        assertThat(problem.title()).isEqualTo("Nicht gefunden");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.type()).isEqualTo("https://stammkunde.de/problems/not-found");
        assertThat(problem.code()).isEqualTo("not-found");
        assertThat(problem.instance()).isEqualTo("/api/v1/x");
    }

    @Test
    void takesTheFirstSupportedLanguageTheCallerAccepts() {
        assertThat(Languages.preferred(List.of(Locale.FRENCH, Locale.UK, Locale.GERMANY))).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.preferred(List.of(Locale.forLanguageTag("de-AT"), Locale.ENGLISH)))
                .isEqualTo(Locale.GERMAN);
        assertThat(Languages.preferred(List.of(Locale.ITALIAN))).isEqualTo(Locale.GERMAN);
    }

    @Test
    void givesServerErrorsAnErrorIdAndClientErrorsNone() {
        assertThat(Problems.of(ProblemCode.INTERNAL_ERROR, Locale.GERMAN, null).errorId()).isNotBlank();
        assertThat(Problems.of(ProblemCode.FORBIDDEN, Locale.GERMAN, null).errorId()).isNull();
    }

    @Test
    void mapsStatusesWithoutOwnCodeToTheGenericOne() {
        assertThat(ProblemCode.forStatus(401)).isEqualTo(ProblemCode.UNAUTHORIZED);
        assertThat(ProblemCode.forStatus(418)).isEqualTo(ProblemCode.BAD_REQUEST);
        assertThat(ProblemCode.forStatus(504)).isEqualTo(ProblemCode.INTERNAL_ERROR);
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyCodeHasGermanAndEnglishTexts(ProblemCode code) {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            ResourceBundle texts = Problems.texts(locale);
            assertThat(texts.getString(code.slug() + ".title")).isNotBlank();
            assertThat(texts.getString(code.slug() + ".detail")).isNotBlank();
        }
        assertThat(Problems.of(code, Locale.GERMAN, null).title())
                .isNotEqualTo(Problems.of(code, Locale.ENGLISH, null).title());
    }
}
