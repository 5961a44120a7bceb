package de.stammkunde.it.messaging;

import de.stammkunde.it.Concurrently;
import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Mailbox;
import de.stammkunde.it.SmtpRelay;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The outbox under trouble: the SMTP server away, several dispatchers at once, a server that died
 * while sending, attempts used up. Time is driven through the operator's job run "as of" a time.
 */
class OutboxDispatchIT extends DeployedPlatform {

    private static TestTenant studio;

    @BeforeAll
    static void tenant() {
        studio = Tenants.provision("outbox");
    }

    @AfterEach
    void smtpBack() {
        SmtpRelay.up();
    }

    @Test
    void whenSmtpIsDownTheMessageWaitsAndGoesOutOnceWhenItIsBack() {
        String email = MessagingIT.address("down");
        SmtpRelay.down();
        long message = consentRequest(email);
        JsonPath failed = awaitStatus(message, "QUEUED", 1);
        assertThat(failed.getString("message.reason")).isNotBlank();
        assertThat(failed.getList("attempts.outcome")).containsExactly("RETRY");

        runOutbox(Instant.now().plusSeconds(30));
        assertThat(Mailbox.awaitMessages(email, Duration.ofSeconds(1))).as("not before its back-off").isEmpty();

        SmtpRelay.up();
        runOutbox(Instant.now().plus(Duration.ofMinutes(2)));
        awaitStatus(message, "SENT", 2);
        runOutbox(Instant.now().plus(Duration.ofMinutes(30)));
        assertThat(Mailbox.awaitMessages(email, Duration.ofSeconds(2))).hasSize(1);
        studio.asOwner().get("/messages/" + message).then().statusCode(200)
                .body("attempts.outcome", org.hamcrest.Matchers.contains("RETRY", "SENT"));
    }

    @Test
    void threeDispatchersAtOnceSendEveryMessageOnce() throws Exception {
        SmtpRelay.down();
        List<String> emails = new ArrayList<>();
        List<Long> messages = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String email = MessagingIT.address("race" + i);
            emails.add(email);
            messages.add(consentRequest(email));
        }
        for (long message : messages) {
            awaitStatus(message, "QUEUED", 1);
        }
        SmtpRelay.up();

        Instant asOf = Instant.now().plus(Duration.ofMinutes(2));
        List<Integer> statuses = Concurrently.concurrently(3, () -> runOutboxStatus(asOf));
        assertThat(statuses).containsOnly(200);

        for (String email : emails) {
            assertThat(Mailbox.awaitMessages(email, Duration.ofSeconds(10))).as(email).hasSize(1);
        }
        for (long message : messages) {
            awaitStatus(message, "SENT", 2);
        }
        Thread.sleep(1000);
        for (String email : emails) {
            assertThat(Mailbox.messages(email)).as(email).hasSize(1);
        }
    }

    @Test
    void aSendInterruptedByACrashIsNeverRepeatedOnItsOwnButStaffCanResendIt() throws SQLException {
        String email = MessagingIT.address("crash");
        SmtpRelay.down();
        long message = consentRequest(email);
        awaitStatus(message, "QUEUED", 1);
        // what a dispatcher that died right after the SMTP server took the message leaves behind
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("update " + studio.schema() + ".outbox_message set status = 'SENDING',"
                    + " lease_until = now() - interval '1 minute' where id = " + message)).isEqualTo(1);
        }
        SmtpRelay.up();

        runOutbox(Instant.now().plus(Duration.ofMinutes(2)));

        JsonPath interrupted = awaitStatus(message, "FAILED", 1);
        assertThat(interrupted.getString("message.reason")).startsWith("interrupted while sending");
        assertThat(interrupted.getBoolean("message.resendable")).isTrue();
        assertThat(Mailbox.awaitMessages(email, Duration.ofSeconds(2))).isEmpty();

        long copy = studio.asOwner().post("/messages/" + message + "/resend").then().statusCode(200)
                .body("resendOf", equalTo((int) message))
                .extract().jsonPath().getLong("id");
        assertThat(studio.asOwner().post("/messages/" + message + "/resend").then().statusCode(200)
                .extract().jsonPath().getLong("id")).as("a second click makes no second copy").isEqualTo(copy);
        assertThat(Mailbox.awaitMessages(email, Duration.ofSeconds(20))).hasSize(1);
        studio.asOwner().post("/messages/" + copy + "/resend").then().statusCode(409)
                .body("type", startsWith("https://"));
    }

    @Test
    void aMessageThatKeepsFailingIsDeadLetteredAfterItsAttempts() {
        String email = MessagingIT.address("dead");
        SmtpRelay.down();
        long message = consentRequest(email);
        awaitStatus(message, "QUEUED", 1);
        Instant asOf = Instant.now();
        for (int attempt = 2; attempt <= 8; attempt++) {
            asOf = asOf.plus(Duration.ofHours(7));
            runOutbox(asOf);
        }
        JsonPath dead = awaitStatus(message, "DEAD", 8);
        assertThat(dead.getList("attempts")).hasSize(8);
        SmtpRelay.up();
        runOutbox(asOf.plus(Duration.ofDays(1)));
        assertThat(Mailbox.awaitMessages(email, Duration.ofSeconds(2))).as("dead stays dead").isEmpty();
    }

    @Test
    void onlyOperatorsRunJobsAndUnknownJobsOrTimesAreRefused() {
        studio.asOwner().body("{}").post(de.stammkunde.it.TestPlatform.apiUrl() + "/v1/operator/jobs/outbox").then()
                .statusCode(403);
        Tenants.asOperator().body("{}").post("/v1/operator/jobs/nonsense").then().statusCode(404);
        Tenants.asOperator().body("{\"asOf\": \"tomorrow\"}").post("/v1/operator/jobs/outbox").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    private static long consentRequest(String email) {
        long client = studio.asOwner().body("{\"firstName\": \"Olga\", \"lastName\": \"Outbox\", \"email\": \"%s\"}"
                        .formatted(email))
                .post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
        return studio.asOwner().body("{}").post("/clients/" + client + "/consent-requests").then().statusCode(202)
                .extract().jsonPath().getLong("id");
    }

    private static void runOutbox(Instant asOf) {
        assertThat(runOutboxStatus(asOf)).isEqualTo(200);
    }

    private static int runOutboxStatus(Instant asOf) {
        return Tenants.asOperator().body("{\"asOf\": \"" + asOf + "\"}").post("/v1/operator/jobs/outbox")
                .then().extract().statusCode();
    }

    /** Waits until the message has the status after the number of attempts; returns its detail. */
    private static JsonPath awaitStatus(long message, String status, int attempts) {
        Instant deadline = Instant.now().plusSeconds(20);
        JsonPath detail;
        do {
            detail = studio.asOwner().get("/messages/" + message).then().statusCode(200).extract().jsonPath();
            if (status.equals(detail.getString("message.status")) && detail.getInt("message.attempts") == attempts) {
                return detail;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("message " + message + " is " + detail.getString("message.status") + " after "
                + detail.getInt("message.attempts") + " attempts, expected " + status + " after " + attempts
                + ": " + detail.prettify());
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
