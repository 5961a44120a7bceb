package de.stammkunde.messaging.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRowTest {

    @Test
    void theBatchIsAJsonArrayFromWhichEveryTextComesBackUnchanged() {
        String awkward = "Zeile 1\n\t„Zitat“ \"quoted\" C:\\Pfad \u0001 <b>&amp;</b> 😀";
        OutboxRow full = new OutboxRow("reward-grant:7", "REWARD_UNLOCKED", "MARKETING", "EMAIL", 42L,
                "anna@example.org", "de", "{\"a\":\"b\"}", awkward, awkward, "<p>" + awkward + "</p>", true,
                "QUEUED", null, 9L, null);
        OutboxRow bare = new OutboxRow("consent:1", "CONSENT_REQUEST", null, "SMS", 43L, null, "en", "{}", null,
                "text", null, false, "SUPPRESSED", "no-address", null, 5L);

        JsonArray rows = Json.createReader(new StringReader(OutboxRow.json(List.of(full, bare)))).readArray();

        assertThat(rows).hasSize(2);
        JsonObject first = rows.getJsonObject(0);
        assertThat(first.getString("idempotency_key")).isEqualTo("reward-grant:7");
        assertThat(first.getString("subject")).isEqualTo(awkward);
        assertThat(first.getString("body_text")).isEqualTo(awkward);
        assertThat(first.getString("body_html")).isEqualTo("<p>" + awkward + "</p>");
        assertThat(first.getString("model")).isEqualTo("{\"a\":\"b\"}");
        assertThat(first.getJsonNumber("client_id").longValue()).isEqualTo(42L);
        assertThat(first.getBoolean("marketing")).isTrue();
        assertThat(first.getJsonNumber("campaign_id").longValue()).isEqualTo(9L);
        assertThat(first.get("reason")).isEqualTo(JsonValue.NULL);
        assertThat(first.get("resend_of")).isEqualTo(JsonValue.NULL);
        JsonObject second = rows.getJsonObject(1);
        assertThat(second.get("purpose")).isEqualTo(JsonValue.NULL);
        assertThat(second.get("recipient")).isEqualTo(JsonValue.NULL);
        assertThat(second.get("subject")).isEqualTo(JsonValue.NULL);
        assertThat(second.getString("reason")).isEqualTo("no-address");
        assertThat(second.getBoolean("marketing")).isFalse();
        assertThat(second.getJsonNumber("resend_of").longValue()).isEqualTo(5L);
        assertThat(second.keySet()).isEqualTo(first.keySet());
    }

    @Test
    void theModelIsStoredSortedWithEveryValueAsText() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("points", 125);
        model.put("description", "Zeile\n\"zwei\"");
        model.put("code", null);

        assertThat(OutboxRow.model(model))
                .isEqualTo("{\"code\":null,\"description\":\"Zeile\\u000a\\\"zwei\\\"\",\"points\":\"125\"}");
    }

    @Test
    void theStoredModelReadsBackAsTheTextsItWasStoredWith() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("points", 125);
        model.put("description", "Zeile\n\"zwei\" „Zitat“ 😀");
        model.put("code", null);

        Map<String, Object> read = OutboxRow.model(OutboxRow.model(model));

        assertThat(read.keySet()).containsExactly("code", "description", "points");
        assertThat(read.get("code")).isNull();
        assertThat(read).containsEntry("description", "Zeile\n\"zwei\" „Zitat“ 😀").containsEntry("points", "125");
    }
}
