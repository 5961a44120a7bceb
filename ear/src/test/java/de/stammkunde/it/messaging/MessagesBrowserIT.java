package de.stammkunde.it.messaging;

import de.stammkunde.it.Browser;
import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.Mail;
import de.stammkunde.it.SmtpRelay;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import de.stammkunde.it.TestPlatform;
import io.restassured.path.json.JsonPath;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The console's messaging screens in a real browser: the sent log with statuses, reasons, filters,
 * a message's content and sending a failed one again; the messages on the client profile; the
 * dashboard's figures; the template editor with its live preview, its refusal of unknown
 * placeholders, and the next email in the new wording.
 */
class MessagesBrowserIT extends DeployedPlatform {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void theSentLogShowsStatusesAndReasonsAndAFailedMessageIsSentAgain() throws Exception {
        Studio studio = Studio.open("messages-ui");
        String marieEmail = MessagingIT.address("marie");
        long marie = studio.clientWithConsent("Marie", "Bote", marieEmail);
        long otto = studio.client("Otto", "Ohne", MessagingIT.address("otto"));
        studio.book(marie, "2030-04-10T10:00");
        studio.book(otto, "2030-04-10T12:00");
        MessagingIT.single(marieEmail);
        long failed = studio.failedConsentRequest(marie);

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/");
            browser.signIn(studio.tenant.ownerEmail(), studio.password);
            browser.waitForText(By.tagName("h1"), "Kunden");
            browser.driver().findElement(By.linkText("Nachrichten")).click();
            browser.waitForText(By.tagName("h1"), "Nachrichten");
            assertThat(browser.driver().getCurrentUrl())
                    .isEqualTo(TestPlatform.baseUrl() + "/app/" + studio.tenant.slug() + "/messages");

            List<String> rows = rows(browser, "messages-form:log");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).contains("Marie Bote", "Einwilligungsanfrage", "E-Mail", marieEmail,
                    "Fehlgeschlagen", "Beim Senden unterbrochen");
            assertThat(rows.get(1)).contains("Otto Ohne", "Terminbestätigung", "Unterdrückt",
                    "Keine Einwilligung in die Datenverarbeitung");
            assertThat(rows.get(2)).contains("Marie Bote", "Terminbestätigung", "Gesendet");
            assertThat(browser.driver().findElements(By.cssSelector("#messages-form\\:log .message-resend")))
                    .as("only the failed message can be sent again").hasSize(1);
            browser.screenshot("console-messages");

            choose(browser, "statusFilter", "SUPPRESSED");
            awaitRows(browser, "messages-form:log", 1);
            assertThat(rows(browser, "messages-form:log")).singleElement(InstanceOfAssertFactories.STRING)
                    .contains("Otto Ohne");
            choose(browser, "statusFilter", "");
            awaitRows(browser, "messages-form:log", 3);

            row(browser, "messages-form:log", 2).findElement(By.cssSelector(".message-open")).click();
            browser.waitForText(By.id("detail-subject"), "Ihr Termin am Mittwoch, 10. April 2030 um 10:00 Uhr");
            assertThat(browser.driver().findElement(By.id("detail-text")).getText()).contains("Hallo Marie,");
            assertThat(browser.driver().findElement(By.id("messages-form:attempts")).getText()).contains("Gesendet");
            browser.screenshot("console-message-detail");
            browser.driver().findElement(By.cssSelector("#messages-form\\:detail-dialog .ui-dialog-titlebar-close"))
                    .click();
            new WebDriverWait(browser.driver(), WAIT)
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("messages-form:detail-dialog")));

            // the suppressed message was stored without its body: the detail renders it
            row(browser, "messages-form:log", 1).findElement(By.cssSelector(".message-open")).click();
            browser.waitForText(By.id("detail-subject"), "Ihr Termin am Mittwoch, 10. April 2030 um 12:00 Uhr");
            assertThat(browser.driver().findElement(By.id("detail-text")).getText()).contains("Hallo Otto,");
            browser.driver().findElement(By.cssSelector("#messages-form\\:detail-dialog .ui-dialog-titlebar-close"))
                    .click();
            new WebDriverWait(browser.driver(), WAIT)
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("messages-form:detail-dialog")));

            row(browser, "messages-form:log", 0).findElement(By.cssSelector(".message-resend")).click();
            clickable(browser, By.id("messages-form:confirm-yes")).click();
            browser.waitForText(By.id("messages-form:messages"), "Die Nachricht an " + marieEmail
                    + " wird erneut gesendet.");
            assertThat(rows(browser, "messages-form:log")).hasSize(4);
        }
        List<java.util.Map<String, Object>> mails = MessagingIT.awaitCount(marieEmail, 2);
        assertThat(Mail.of(mails.get(1)).subject()).isEqualTo("Studio " + studio.tenant.slug() + ": Ihre Einwilligungen");
        long copy = studio.awaitCopySent(failed);

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.tenant.slug() + "/client/" + marie);
            browser.signIn(studio.tenant.ownerEmail(), studio.password);
            browser.waitForText(By.id("client-messages-form:client-messages"), "Einwilligungsanfrage");
            List<String> rows = rows(browser, "client-messages-form:client-messages");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).contains("Einwilligungsanfrage", "Gesendet");
            assertThat(rows.get(1)).contains("Einwilligungsanfrage", "Fehlgeschlagen", "Beim Senden unterbrochen");
            assertThat(rows.get(2)).contains("Terminbestätigung", "Gesendet");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                    browser.driver().findElement(By.id("client-messages-form")));
            browser.screenshot("console-client-messages");
            row(browser, "client-messages-form:client-messages", 1).findElement(By.cssSelector(".message-resend")).click();
            clickable(browser, By.id("profile-form:confirm-yes")).click();
            browser.waitForText(By.id("client-messages-form:client-messages-messages"), "wird erneut gesendet");
            studio.tenant.asOwner().get("/messages?clientId=" + marie).then().statusCode(200)
                    .body("total", equalTo(3))
                    .body("items[0].id", equalTo((int) copy));

            browser.open(TestPlatform.baseUrl() + "/app/" + studio.tenant.slug() + "/client/" + otto);
            browser.waitForText(By.id("client-messages-form:client-messages"), "Keine Einwilligung in die Datenverarbeitung");
            assertThat(browser.driver().findElements(By.cssSelector("#client-messages-form .message-resend"))).isEmpty();

            browser.open(TestPlatform.baseUrl() + "/app/" + studio.tenant.slug() + "/dashboard");
            browser.waitForText(By.id("message-counts"), "Gesendet");
            assertThat(browser.driver().findElement(By.id("messages-sent")).getText()).isEqualTo("2");
            assertThat(browser.driver().findElement(By.id("messages-queued")).getText()).isEqualTo("0");
            assertThat(browser.driver().findElement(By.id("messages-suppressed")).getText()).isEqualTo("1");
            assertThat(browser.driver().findElement(By.id("messages-failed")).getText()).isEqualTo("1");
            browser.screenshot("console-dashboard-messages");
            browser.driver().findElement(By.id("messages-failed")).click();
            browser.waitForText(By.tagName("h1"), "Nachrichten");
            assertThat(rows(browser, "messages-form:log")).singleElement(InstanceOfAssertFactories.STRING)
                    .contains("Einwilligungsanfrage", "Fehlgeschlagen");
            assertThat(browser.driver().findElement(By.id("messages-form:status-filter_label")).getText())
                    .isEqualTo("Fehlgeschlagen");
        }
    }

    @Test
    void theTemplateEditorPreviewsWhileTypingRefusesUnknownPlaceholdersAndTheNextEmailHasTheNewSubject()
            throws Exception {
        Studio studio = Studio.open("templates-ui");
        String evaEmail = MessagingIT.address("eva");
        long eva = studio.clientWithConsent("Eva", "Vorlage", evaEmail);
        String path = "/message-templates/appointment-confirmation/email/de";

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.tenant.slug() + "/messages");
            browser.signIn(studio.tenant.ownerEmail(), studio.password);
            browser.waitForText(By.tagName("h1"), "Nachrichten");
            browser.driver().findElement(By.id("messages-form:templates-link")).click();
            browser.waitForText(By.tagName("h1"), "Nachrichtenvorlagen");
            WebElement confirmation = browser.driver().findElement(
                    By.cssSelector("[data-template='appointment-confirmation/EMAIL/de']"));
            assertThat(confirmation.findElement(By.xpath("ancestor::tr")).getText()).contains("Terminbestätigung",
                    "E-Mail", "Deutsch", "Standardtext");
            confirmation.click();
            browser.waitForText(By.id("preview-subject"), "Ihr Termin am ");
            assertThat(browser.driver().findElement(By.id("placeholders")).getText())
                    .contains("{{firstName}}", "{{appointmentStart}}", "{{sessionType}}");

            WebElement subject = browser.driver().findElement(By.id("template-form:subject"));
            subject.clear();
            subject.sendKeys("Bis bald, {{firstName}}!");
            browser.waitForText(By.id("preview-subject"), "Bis bald, Marie!");
            browser.screenshot("console-template-preview");
            browser.driver().findElement(By.id("template-form:save")).click();
            browser.waitForText(By.id("template-form:messages"), "Die Vorlage wurde gespeichert.");
            assertThat(browser.driver().findElement(By.id("template-form:editor-state")).getText())
                    .isEqualTo("Eigener Text");

            WebElement body = browser.driver().findElement(By.id("template-form:body"));
            body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
            body.sendKeys(" {{foo}}");
            browser.waitForText(By.id("template-form:body-message"), "Unbekannter Platzhalter: {{foo}}");
            browser.waitForText(By.id("preview-problems"), "Keine Vorschau");
            browser.driver().findElement(By.id("template-form:save")).click();
            browser.waitForText(By.id("template-form:messages"), "Nicht gespeichert");
            assertThat(browser.driver().findElement(By.id("template-form:body-message")).getText())
                    .contains("Unbekannter Platzhalter: {{foo}}");
            browser.screenshot("console-template-invalid");
            studio.tenant.asOwner().get(path).then().statusCode(200)
                    .body("subject", equalTo("Bis bald, {{firstName}}!"))
                    .body("body", not(containsString("foo")));

            studio.book(eva, "2030-05-06T09:00");
            assertThat(Mail.of(MessagingIT.single(evaEmail)).subject()).isEqualTo("Bis bald, Eva!");

            browser.driver().findElement(By.id("template-form:reset")).click();
            clickable(browser, By.id("template-form:confirm-yes")).click();
            browser.waitForText(By.id("template-form:messages"), "Es gilt wieder der Standardtext.");
            assertThat(browser.driver().findElement(By.id("template-form:subject")).getAttribute("value"))
                    .isEqualTo("Ihr Termin am {{appointmentStart}}");
            studio.tenant.asOwner().get(path).then().statusCode(200).body("custom", equalTo(false));
        }
    }

    /** The texts of the table's rows, in order. */
    private static List<String> rows(Browser browser, String tableId) {
        return browser.driver().findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr.message-row"))
                .stream().map(WebElement::getText).toList();
    }

    private static WebElement row(Browser browser, String tableId, int index) {
        return browser.driver().findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr.message-row"))
                .get(index);
    }

    private static void awaitRows(Browser browser, String tableId, int count) {
        new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class)
                .until(driver -> rows(browser, tableId).size() == count);
    }

    /** Chooses a value of a PrimeFaces select menu through its widget and sends the change, as a pick does. */
    private static void choose(Browser browser, String widget, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("PF(arguments[0]).selectValue(arguments[1]);"
                + " PF(arguments[0]).triggerChange();", widget, value);
    }

    private static WebElement clickable(Browser browser, By element) {
        return new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.elementToBeClickable(element));
    }

    /** A tenant with a session type, an owner who signs in to the console, and clients who get messages. */
    private record Studio(TestTenant tenant, String password, long sessionType) {

        static Studio open(String prefix) {
            TestTenant tenant = Tenants.provision(prefix);
            String password = "pw-" + UUID.randomUUID();
            Keycloak.completeInvitation(tenant.ownerEmail(), password);
            long sessionType = tenant.asOwner().body("{\"name\": \"Porträt\", \"durationMinutes\": 60,"
                            + " \"defaultPriceCents\": 7500, \"active\": true}")
                    .post("/session-types").then().statusCode(201).extract().jsonPath().getLong("id");
            return new Studio(tenant, password, sessionType);
        }

        long client(String firstName, String lastName, String email) {
            return tenant.asOwner().body(("{\"firstName\": \"%s\", \"lastName\": \"%s\", \"email\": \"%s\","
                            + " \"preferredLanguage\": \"de\"}").formatted(firstName, lastName, email))
                    .post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
        }

        long clientWithConsent(String firstName, String lastName, String email) {
            long id = client(firstName, lastName, email);
            tenant.asOwner().body("{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}")
                    .put("/clients/" + id + "/consents/data-processing").then().statusCode(200);
            tenant.asOwner().body("{\"channel\": \"EMAIL\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                            + " \"textVersion\": 1}")
                    .put("/clients/" + id + "/consents/appointment-updates").then().statusCode(200);
            return id;
        }

        void book(long client, String start) {
            tenant.asOwner().body("{\"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"%s\"}"
                            .formatted(client, sessionType, start))
                    .post("/appointments").then().statusCode(201);
        }

        /**
         * A consent request whose sending was cut off by a crash (as in OutboxDispatchIT): the SMTP
         * server is away for the first attempt, then the message is left leased by a dispatcher that
         * died, and the next dispatch marks it failed.
         */
        long failedConsentRequest(long client) throws SQLException {
            SmtpRelay.down();
            long message;
            try {
                message = tenant.asOwner().body("{}").post("/clients/" + client + "/consent-requests").then()
                        .statusCode(202).extract().jsonPath().getLong("id");
                awaitStatus(message, "QUEUED", 1);
                try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
                    assertThat(statement.executeUpdate("update " + tenant.schema()
                            + ".outbox_message set status = 'SENDING', lease_until = now() - interval '1 minute'"
                            + " where id = " + message)).isEqualTo(1);
                }
            } finally {
                SmtpRelay.up();
            }
            Jobs.run("outbox", Instant.now().plus(Duration.ofMinutes(2)));
            awaitStatus(message, "FAILED", 1);
            return message;
        }

        /** The copy made by sending the message again, once it is sent. */
        long awaitCopySent(long original) {
            Instant deadline = Instant.now().plus(WAIT);
            while (true) {
                JsonPath log = tenant.asOwner().get("/messages?kind=consent-request").then().statusCode(200)
                        .extract().jsonPath();
                Object copy = log.get("items.find { it.resendOf == " + original + " && it.status == 'SENT' }?.id");
                if (copy != null) {
                    return ((Number) copy).longValue();
                }
                assertThat(Instant.now()).as("copy of message " + original + " sent").isBefore(deadline);
                pause();
            }
        }

        private void awaitStatus(long message, String status, int attempts) {
            Instant deadline = Instant.now().plus(WAIT);
            while (true) {
                JsonPath detail = tenant.asOwner().get("/messages/" + message).then().statusCode(200)
                        .extract().jsonPath();
                if (status.equals(detail.getString("message.status")) && detail.getInt("message.attempts") == attempts) {
                    return;
                }
                assertThat(Instant.now()).as("message " + message + " " + status + " after " + attempts
                        + " attempts: " + detail.prettify()).isBefore(deadline);
                pause();
            }
        }

        private static void pause() {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
