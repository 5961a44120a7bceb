package de.stammkunde.shared.event;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DomainEventsTest {

    @Test
    void payloadsAreFlatJsonWithSortedKeysAndEscapedValues() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("total", "4200");
        payload.put("note", "Müller \"Jü\"\n\\");
        payload.put("client", null);

        assertThat(DomainEvents.json(payload))
                .isEqualTo("{\"client\":null,\"note\":\"Müller \\\"Jü\\\"\\n\\\\\",\"total\":\"4200\"}");
    }
}
