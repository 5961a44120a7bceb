package de.stammkunde.it.messaging;

import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Running the operator's messaging jobs as of a time, and waiting for what the outbox did. */
final class Jobs {

    private Jobs() {
    }

    static JsonPath run(String job, Instant asOf) {
        return Tenants.asOperator().body("{\"asOf\": \"" + asOf + "\"}").post("/v1/operator/jobs/" + job)
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    /** The sent log's entries of the client and kind (newest first), once every one is out of the queue. */
    static List<Map<String, Object>> settled(TestTenant tenant, long client, String kind, String channel) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Map<String, Object>> items = messages(tenant, client, kind, channel);
            Predicate<Map<String, Object>> pending = m -> "QUEUED".equals(m.get("status"))
                    || "SENDING".equals(m.get("status"));
            if (items.stream().noneMatch(pending) || Instant.now().isAfter(deadline)) {
                assertThat(items).as("messages still queued").noneMatch(pending);
                return items;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static List<Map<String, Object>> messages(TestTenant tenant, long client, String kind, String channel) {
        return tenant.asOwner().get("/messages?clientId=" + client + (kind == null ? "" : "&kind=" + kind)
                        + (channel == null ? "" : "&channel=" + channel) + "&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    static void answer(TestTenant tenant, long client, String purpose, String body) {
        tenant.asOwner().body(body).put("/clients/" + client + "/consents/" + purpose).then()
                .log().ifValidationFails().statusCode(200);
    }

    static long client(TestTenant tenant, String json) {
        return tenant.asOwner().body(json).post("/clients").then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
