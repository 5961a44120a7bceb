package de.stammkunde.messaging.application;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A message as {@link Outbox} writes it to {@code outbox_message}. A batch goes to the database as
 * one JSON array, unpacked there into the rows of one insert: one parameter however many messages,
 * and no text of a message ever becomes SQL.
 */
record OutboxRow(String idempotencyKey, String kind, String purpose, String channel, long clientId, String recipient,
                 String language, String model, String subject, String bodyText, String bodyHtml, boolean marketing,
                 String status, String reason, Long campaignId, Long resendOf) {

    private static final String HEX = "0123456789abcdef";

    /** The rows as a JSON array of objects named like the table's columns. */
    static String json(List<OutboxRow> rows) {
        return rows.stream().map(OutboxRow::json).collect(Collectors.joining(",", "[", "]"));
    }

    /** The model as stored with the message: its values as JSON strings, sorted by name. */
    static String model(Map<String, Object> model) {
        return new TreeMap<>(model).entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + (e.getValue() == null ? "null" : quote(String.valueOf(e.getValue()))))
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** The stored model read back: {@link #model(Map)} undone. */
    static Map<String, Object> model(String stored) {
        Map<String, Object> model = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            reader.readObject().forEach((name, value) -> model.put(name,
                    value instanceof JsonString text ? text.getString() : null));
        }
        return model;
    }

    private String json() {
        return "{\"idempotency_key\":" + text(idempotencyKey)
                + ",\"kind\":" + text(kind)
                + ",\"purpose\":" + text(purpose)
                + ",\"channel\":" + text(channel)
                + ",\"client_id\":" + clientId
                + ",\"recipient\":" + text(recipient)
                + ",\"language\":" + text(language)
                + ",\"model\":" + text(model)
                + ",\"subject\":" + text(subject)
                + ",\"body_text\":" + text(bodyText)
                + ",\"body_html\":" + text(bodyHtml)
                + ",\"marketing\":" + marketing
                + ",\"status\":" + text(status)
                + ",\"reason\":" + text(reason)
                + ",\"campaign_id\":" + campaignId
                + ",\"resend_of\":" + resendOf
                + "}";
    }

    private static String text(String value) {
        return value == null ? "null" : quote(value);
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                out.append(text, copied, i).append('\\');
                if (c < 0x20) {
                    out.append("u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
                } else {
                    out.append(c);
                }
                copied = i + 1;
            }
        }
        return out.append(text, copied, text.length()).append('"').toString();
    }
}
