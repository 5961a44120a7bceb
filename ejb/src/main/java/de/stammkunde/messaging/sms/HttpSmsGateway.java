package de.stammkunde.messaging.sms;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * Posts each SMS as JSON ({@code to}, {@code text}, {@code sender}, {@code reference}) to an HTTP
 * SMS gateway, with the bearer token and an {@code Idempotency-Key} of tenant and reference, so the
 * provider delivers a message sent twice only once. A 2xx answer is a receipt (its JSON {@code id},
 * if any, is the provider's id); a 4xx answer refuses the message for good, except 408 and 429,
 * which only ask to come back later, like 5xx answers, time-outs and network errors do.
 */
public class HttpSmsGateway implements SmsGateway {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_REPORTED_BODY = 200;

    private final URI url;
    private final String token;
    private final String sender;
    private final Duration timeout;
    private final HttpClient http;

    public HttpSmsGateway(URI url, String token, String sender, Duration timeout) {
        this.url = Objects.requireNonNull(url, "url");
        this.token = Objects.requireNonNull(token, "token");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public SmsReceipt send(SmsMessage message) throws SmsNotAccepted {
        HttpResponse<String> response = post(request(message));
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new SmsReceipt(providerId(response.body()));
        }
        String refusal = "SMS gateway answered HTTP " + status + " for " + message.tenant() + ":"
                + message.reference() + ": " + abbreviated(response.body());
        throw new SmsNotAccepted(refusal, permanent(status), null);
    }

    private HttpRequest request(SmsMessage message) throws SmsNotAccepted {
        String body = Json.createObjectBuilder()
                .add("to", message.to())
                .add("text", message.text())
                .add("sender", sender)
                .add("reference", message.reference())
                .build()
                .toString();
        try {
            return HttpRequest.newBuilder(url)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", message.tenant().value() + ":" + message.reference())
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new SmsNotAccepted("SMS " + message.reference() + " cannot be put into a request", true, e);
        }
    }

    private HttpResponse<String> post(HttpRequest request) throws SmsNotAccepted {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new SmsNotAccepted("SMS gateway did not answer within " + timeout, false, e);
        } catch (IOException e) {
            throw new SmsNotAccepted("SMS gateway unreachable: " + e.getMessage(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsNotAccepted("Interrupted while sending an SMS", false, e);
        }
    }

    private static boolean permanent(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    /** The provider's id from the answer's JSON, or null when it gave none (an accepted SMS stays accepted). */
    private static String providerId(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonValue answer = Json.createReader(new StringReader(body)).readValue();
            if (answer.getValueType() != JsonValue.ValueType.OBJECT) {
                return null;
            }
            JsonValue id = ((JsonObject) answer).get("id");
            if (id == null || id.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            return id instanceof JsonString text ? text.getString() : id.toString();
        } catch (JsonException e) {
            return null;
        }
    }

    private static String abbreviated(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= MAX_REPORTED_BODY ? body : body.substring(0, MAX_REPORTED_BODY) + "…";
    }
}
