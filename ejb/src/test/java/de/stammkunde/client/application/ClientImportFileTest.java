package de.stammkunde.client.application;

import de.stammkunde.shared.error.Invalid;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientImportFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static ClientImportFile file(String text) {
        return ClientImportFile.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAGermanSpreadsheetExportWithSemicolonsAndGuessesTheColumns() {
        ClientImportFile file = file("\uFEFFVorname;Nachname;E-Mail;Telefon;Geburtstag;Geschlecht;Schlagwörter\n"
                + "Anna;Schäfer;Anna@Example.org;+49 151 1234567;27.04.1990;w;Hochzeit, Familie\n");

        Map<ImportField, String> mapping = file.guessMapping();
        List<ImportLine> lines = file.check(mapping, TODAY);

        assertThat(mapping).containsEntry(ImportField.FIRST_NAME, "Vorname").containsEntry(ImportField.TAGS, "Schlagwörter");
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.valid()).isTrue();
            assertThat(line.line()).isEqualTo(2);
            assertThat(line.data().email()).isEqualTo("Anna@example.org");
            assertThat(line.data().phone()).isEqualTo("+491511234567");
            assertThat(line.data().birthday()).isEqualTo(LocalDate.of(1990, 4, 27));
            assertThat(line.data().gender().name()).isEqualTo("FEMALE");
            assertThat(line.data().tags()).containsExactlyInAnyOrder("Hochzeit", "Familie");
        });
    }

    @Test
    void namesEachBadRowWithItsSpreadsheetRowNumberAndReason() {
        ClientImportFile file = file("firstName,lastName,email,birthday\n"
                + "Anna,Schäfer,anna@example.org,1990-04-27\n"
                + ",Berg,not-an-email,\n"
                + "Carl,Weiß,ANNA@example.org,31.02.1990\n");

        List<ImportLine> lines = file.check(file.guessMapping(), TODAY);

        assertThat(lines).extracting(ImportLine::valid).containsExactly(true, false, false);
        assertThat(lines.get(1).line()).isEqualTo(3);
        assertThat(lines.get(1).problems()).extracting(Invalid.Violation::field).containsExactlyInAnyOrder("firstName", "email");
        assertThat(lines.get(2).problems()).extracting(Invalid.Violation::field).containsExactly("birthday");
        ImportReport report = ImportReport.of(lines, file.headers(), Map.of());
        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.invalidRows()).isEqualTo(2);
        assertThat(report.importable()).isFalse();
    }

    @Test
    void theSecondRowWithTheSameEmailIsBad() {
        ClientImportFile file = file("Vorname,Nachname,E-Mail\nAnna,A,a@example.org\nBerta,B,A@EXAMPLE.ORG\n");

        List<ImportLine> lines = file.check(file.guessMapping(), TODAY);

        assertThat(lines.get(0).valid()).isTrue();
        assertThat(lines.get(1).problems()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("row 2"));
    }

    @Test
    void refusesAMappingWithoutTheRequiredFieldsOrWithUnknownColumns() {
        ClientImportFile file = file("Kunde,Mail\nAnna,a@example.org\n");

        assertThatThrownBy(() -> file.checkMapping(Map.of(ImportField.EMAIL, "Nope")))
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(Invalid.Violation::field)
                        .containsExactlyInAnyOrder("mapping.firstName", "mapping.lastName", "mapping.email"));
    }

    @Test
    void refusesFilesThatAreEmptyHeaderOnlyOrNotUtf8() {
        assertThatThrownBy(() -> ClientImportFile.parse(new byte[0])).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> file("Vorname,Nachname\n")).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> ClientImportFile.parse("Vorname;Nachname\nJ\u00fcrgen;M\u00fcller\n"
                .getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.violations().get(0).message())
                        .contains("UTF-8"));
    }
}
