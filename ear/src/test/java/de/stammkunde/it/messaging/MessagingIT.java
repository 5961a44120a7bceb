package de.stammkunde.it.messaging;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Mail;
import de.stammkunde.it.Mailbox;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import de.stammkunde.it.TestPlatform;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Messages end to end: caused by what staff do in the API, sent through the outbox to the real SMTP
 * server (GreenMail), in the client's language, only with consent, visible in the sent log.
 */
class MessagingIT extends DeployedPlatform {

    private static TestTenant studio;
    private static long portrait;

    @BeforeAll
    static void tenant() {
        studio = Tenants.provision("messages");
        portrait = studio.asOwner().body("{\"name\": \"Porträt\", \"durationMinutes\": 60, \"defaultPriceCents\": 7500,"
                        + " \"active\": true}")
                .post("/session-types").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aBookedAppointmentIsConfirmedByEmailInTheClientsLanguageAndItsCancellationToo() {
        String email = address("marie");
        long marie = clientWithConsent("Marie", "Müller", email, "de");
        String englishEmail = address("mary");
        long mary = clientWithConsent("Mary", "Miller", englishEmail, "en");

        long appointment = book(marie, "2030-03-14T10:00");
        book(mary, "2030-03-14T12:00");

        Mail german = Mail.of(single(email));
        assertThat(german.subject()).isEqualTo("Ihr Termin am Donnerstag, 14. März 2030 um 10:00 Uhr");
        assertThat(german.fromName()).isEqualTo("Studio " + studio.slug());
        assertThat(german.text()).contains("Hallo Marie,").contains("„Porträt“");
        assertThat(german.html()).contains("<p>Hallo Marie,</p>");
        assertThat(german.header("List-Unsubscribe")).as("not a marketing email").isNull();
        assertThat(Mail.of(single(englishEmail)).subject())
                .isEqualTo("Your appointment on Thursday, 14 March 2030 at 12:00");

        studio.asOwner().get("/messages?clientId=" + marie).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("appointment-confirmation"))
                .body("items[0].channel", equalTo("EMAIL"))
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].recipient", equalTo(email))
                .body("items[0].clientName", equalTo("Marie Müller"));

        studio.asOwner().post("/appointments/" + appointment + "/cancel").then().statusCode(200);
        List<Map<String, Object>> mails = awaitCount(email, 2);
        assertThat(Mail.of(mails.get(1)).subject()).isEqualTo("Ihr Termin am Donnerstag, 14. März 2030 um 10:00 Uhr wurde abgesagt");
    }

    @Test
    void withoutConsentNothingIsSentAndTheSentLogSaysWhyAndShowsWhatItWouldHaveSaid() throws SQLException {
        String email = address("ohne");
        long client = client("Otto", "Ohne", email, "de");

        book(client, "2030-03-15T10:00");

        JsonPath log = studio.asOwner().get("/messages?clientId=" + client).then().statusCode(200)
                .extract().jsonPath();
        assertThat(log.getString("items[0].status")).isEqualTo("SUPPRESSED");
        assertThat(log.getString("items[0].reason")).isEqualTo("no-consent: no-data-processing-consent");
        assertThat(log.getString("items[0].subject")).isEqualTo("Ihr Termin am Freitag, 15. März 2030 um 10:00 Uhr");
        assertThat(Mailbox.awaitMessages(email, Duration.ofSeconds(2))).isEmpty();
        studio.asOwner().get("/messages?status=suppressed&kind=appointment-confirmation").then().statusCode(200)
                .body("items.clientId", hasItem((int) client));

        // never sent, so stored without its body, which the log renders when asked
        long message = log.getLong("items[0].id");
        assertThat(Database.count("select count(*) from " + studio.schema() + ".outbox_message where id = " + message
                + " and body_text is null and body_html is null")).isEqualTo(1);
        studio.asOwner().get("/messages/" + message).then().statusCode(200)
                .body("message.status", equalTo("SUPPRESSED"))
                .body("text", containsString("Hallo Otto,"))
                .body("html", containsString("<p>Hallo Otto,</p>"));
    }

    @Test
    void aConsentRequestCarriesAWorkingFormLinkAndIsSentOncePerIdempotencyKey() {
        String email = address("anfrage");
        long client = client("Anna", "Anfrage", email, "de");
        String key = UUID.randomUUID().toString();

        long first = studio.asOwner().header("Idempotency-Key", key).body("{\"channel\": \"email\"}")
                .post("/clients/" + client + "/consent-requests").then().statusCode(202)
                .body("kind", equalTo("consent-request"))
                .extract().jsonPath().getLong("id");
        long second = studio.asOwner().header("Idempotency-Key", key).body("{\"channel\": \"email\"}")
                .post("/clients/" + client + "/consent-requests").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        assertThat(second).isEqualTo(first);

        Mail mail = Mail.of(single(email));
        assertThat(mail.subject()).isEqualTo("Studio " + studio.slug() + ": Ihre Einwilligungen");
        String link = mail.link(TestPlatform.baseUrl() + "/consent/");
        RestAssured.given().redirects().follow(true).get(link).then().statusCode(200)
                .body(containsString("Anna"));
        assertThat(Mailbox.awaitMessages(email, Duration.ofSeconds(1))).hasSize(1);

        studio.asOwner().body("{\"channel\": \"fax\"}").post("/clients/" + client + "/consent-requests").then()
                .statusCode(400).body("errors[0].field", equalTo("channel"));
        studio.asOwner().body("{}").post("/clients/999999/consent-requests").then().statusCode(404);
    }

    @Test
    void emailMarketingConsentIsConfirmedByDoubleOptInWithProof() {
        String email = address("doi");
        long client = client("Dora", "Optin", email, "en");
        answer(client, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}");
        answer(client, "marketing", "{\"channel\": \"EMAIL\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                + " \"textVersion\": 1}");

        Mail mail = Mail.of(single(email));
        assertThat(mail.subject()).isEqualTo("Please confirm your subscription");
        String link = mail.link(TestPlatform.baseUrl() + "/confirm/");
        RestAssured.get(link).then().statusCode(200).body(containsString("Please confirm"));
        decision(client).then().body("reason", equalTo("UNCONFIRMED"));

        RestAssured.given().header("User-Agent", "DOI-Test/1.0").post(link).then().statusCode(200)
                .body(containsString("Thank you"));
        decision(client).then().body("allowed", equalTo(true));
        studio.asOwner().get("/clients/" + client + "/consents/trail").then().statusCode(200)
                .body("source", hasItem("DOUBLE_OPT_IN"))
                .body("userAgent", hasItem("DOI-Test/1.0"));

        RestAssured.get(link.substring(0, link.length() - 3) + "xyz").then().statusCode(404)
                .body(containsString("ungültig"));
    }

    @Test
    void businessesWriteTheirOwnTemplatesWithUnknownPlaceholdersRefused() {
        String path = "/message-templates/appointment-confirmation/email/de";
        studio.asOwner().get("/message-templates").then().statusCode(200)
                .body("kind", hasItem("birthday"));
        studio.asOwner().body("{\"subject\": \"Termin {{appointmentStart}}\", \"body\": \"Hallo {{vorname}}\"}")
                .put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("{{vorname}}"));
        studio.asOwner().body("{\"subject\": \"Termin {{appointmentStart}}\", \"body\": \"Hallo {{firstName\"}")
                .post(path + "/preview").then().statusCode(200)
                .body("problems[0].field", equalTo("body"));
        studio.asOwner().body("{\"subject\": \"Bis bald bei {{businessName}}\", \"body\": \"Hallo {{firstName}}, bis"
                        + " {{appointmentStart}}!\"}")
                .post(path + "/preview").then().statusCode(200)
                .body("subject", equalTo("Bis bald bei Studio " + studio.slug()))
                .body("text", containsString("Hallo Marie, bis "));

        studio.asOwner().body("{\"subject\": \"Bis bald bei {{businessName}}\", \"body\": \"Hallo {{firstName}} <3,"
                        + " bis {{appointmentStart}}!\"}")
                .put(path).then().statusCode(200)
                .body("custom", equalTo(true))
                .body("version", equalTo(0));
        String email = address("eigen");
        book(clientWithConsent("Eigen", "Text", email, "de"), "2030-03-16T10:00");
        Mail mail = Mail.of(single(email));
        assertThat(mail.subject()).isEqualTo("Bis bald bei Studio " + studio.slug());
        assertThat(mail.html()).contains("Hallo Eigen &lt;3, bis Samstag");

        studio.asOwner().delete(path).then().statusCode(200).body("custom", equalTo(false))
                .body("subject", equalTo("Ihr Termin am {{appointmentStart}}"));
        studio.asOwner().get("/message-templates/birthday/sms/de").then().statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        studio.asOwner().get("/message-templates/nonsense/email/de").then().statusCode(400);
    }

    @Test
    void staffMayNotChangeTemplates() {
        TestTenant other = Tenants.provision("templates");
        Tenants.setRole(other, "STAFF");
        other.asOwner().body("{\"subject\": \"x\", \"body\": \"y\"}")
                .put("/message-templates/birthday/email/de").then().statusCode(403);
        other.asOwner().get("/message-templates/birthday/email/de").then().statusCode(200)
                .body("custom", equalTo(false));
    }

    private static long book(long client, String start) {
        return studio.asOwner().body("{\"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"%s\"}"
                        .formatted(client, portrait, start))
                .post("/appointments").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long client(String firstName, String lastName, String email, String language) {
        return studio.asOwner().body(("{\"firstName\": \"%s\", \"lastName\": \"%s\", \"email\": \"%s\","
                        + " \"preferredLanguage\": \"%s\"}").formatted(firstName, lastName, email, language))
                .post("/clients").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long clientWithConsent(String firstName, String lastName, String email, String language) {
        long id = client(firstName, lastName, email, language);
        answer(id, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}");
        answer(id, "appointment-updates", "{\"channel\": \"EMAIL\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                + " \"textVersion\": 1}");
        return id;
    }

    private static void answer(long client, String purpose, String body) {
        studio.asOwner().body(body).put("/clients/" + client + "/consents/" + purpose).then().statusCode(200);
    }

    private static io.restassured.response.Response decision(long client) {
        return studio.asOwner().get("/clients/" + client + "/consents/decision?purpose=marketing&channel=EMAIL");
    }

    static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static Map<String, Object> single(String email) {
        List<Map<String, Object>> messages = Mailbox.awaitMessages(email, Duration.ofSeconds(20));
        assertThat(messages).as("mail to " + email).hasSize(1);
        return messages.get(0);
    }

    static List<Map<String, Object>> awaitCount(String email, int count) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
        List<Map<String, Object>> messages = Mailbox.messages(email);
        while (messages.size() < count && java.time.Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            messages = Mailbox.messages(email);
        }
        assertThat(messages).as("mails to " + email).hasSize(count);
        return messages;
    }
}
