package de.stammkunde.client.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FieldChangeTest {

    @Test
    void listsOnlyTheFieldsThatChangedWithOldAndNewValue() {
        Map<String, String> before = facts("Marie", "Dupont", "marie@example.org");
        Map<String, String> after = facts("Marie", "Martin", null);

        assertThat(FieldChange.between(before, after)).containsExactly(
                new FieldChange("lastName", "Dupont", "Martin"),
                new FieldChange("email", "marie@example.org", null));
    }

    @Test
    void aCreationChangesEveryFieldThatHasAValue() {
        assertThat(FieldChange.between(Map.of(), facts("Jürgen", "Müller", null)))
                .containsExactly(new FieldChange("firstName", null, "Jürgen"), new FieldChange("lastName", null, "Müller"));
    }

    @Test
    void nothingChangedMeansNoEntries() {
        assertThat(FieldChange.between(facts("A", "B", "c@d.de"), facts("A", "B", "c@d.de"))).isEmpty();
    }

    private static Map<String, String> facts(String first, String last, String email) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("firstName", first);
        facts.put("lastName", last);
        facts.put("email", email);
        return facts;
    }
}
