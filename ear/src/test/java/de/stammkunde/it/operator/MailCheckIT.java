package de.stammkunde.it.operator;

import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.DemoUsers;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.Mailbox;
import de.stammkunde.it.TestPlatform;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Mail sent through WildFly's mail session reaches the SMTP server. */
class MailCheckIT extends DeployedPlatform {

    @Test
    void anOperatorsTestMailArrivesAtTheSmtpServer() {
        String recipient = "ops-" + UUID.randomUUID() + "@example.org";

        as(DemoUsers.OPERATOR).body("{\"to\": \"" + recipient + "\"}").post("/v1/operator/mail-checks").then()
                .statusCode(200)
                .body("to", equalTo(recipient));

        List<Map<String, Object>> messages = Mailbox.awaitMessages(recipient, Duration.ofSeconds(10));
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("subject")).isEqualTo("Stammkunde: Test-E-Mail / test email");
        assertThat(String.valueOf(messages.get(0).get("mimeMessage"))).contains("Angefordert von: operator");
    }

    @Test
    void refusesAnInvalidAddressNamingTheField() {
        as(DemoUsers.OPERATOR).body("{\"to\": \"not an address\"}").post("/v1/operator/mail-checks").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void refusesAnUnreadableBody() {
        as(DemoUsers.OPERATOR).body("{\"to\": ").post("/v1/operator/mail-checks").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("bad-request"));
    }

    @Test
    void isForOperatorsOnly() {
        String recipient = "owner-" + UUID.randomUUID() + "@example.org";

        as(DemoUsers.OWNER).body("{\"to\": \"" + recipient + "\"}").post("/v1/operator/mail-checks").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("forbidden"));

        assertThat(Mailbox.awaitMessages(recipient, Duration.ofSeconds(1))).isEmpty();
    }

    private static RequestSpecification as(String username) {
        return RestAssured.given().baseUri(TestPlatform.apiUrl())
                .auth().oauth2(Keycloak.accessToken(username))
                .contentType("application/json");
    }
}
