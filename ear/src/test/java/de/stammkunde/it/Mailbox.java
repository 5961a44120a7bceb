package de.stammkunde.it;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The GreenMail SMTP server of the test run, read through its REST API. */
public final class Mailbox {

    private Mailbox() {
    }

    /** The messages received for the address, waiting up to the timeout for at least one. */
    public static List<Map<String, Object>> awaitMessages(String address, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<Map<String, Object>> messages = messages(address);
        while (messages.isEmpty() && Instant.now().isBefore(deadline)) {
            sleep();
            messages = messages(address);
        }
        return messages;
    }

    public static List<Map<String, Object>> messages(String address) {
        var response = RestAssured.get(TestPlatform.mailApiUrl() + "/api/user/{address}/messages/INBOX", address);
        if (response.statusCode() != 200) {
            return List.of();    // GreenMail knows an address only once mail arrived for it
        }
        JsonPath json = response.jsonPath();
        List<Map<String, Object>> messages = json.getList("$");
        return messages == null ? List.of() : messages;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
