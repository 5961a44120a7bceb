package de.stammkunde.it.campaign;

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

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Campaigns end to end through the API, sent through the outbox to the real SMTP server
 * (GreenMail): only clients with confirmed marketing email consent get a newsletter, each in their
 * language, once; scheduled campaigns wait for their time; the re-permission campaign reaches the
 * clients whose consent refers to an outdated text, with a working consent-form link.
 */
class CampaignIT extends DeployedPlatform {

    private static TestTenant studio;

    @BeforeAll
    static void tenant() {
        studio = Tenants.provision("campaigns");
    }

    @Test
    void aNewsletterReachesOnlyClientsWithConfirmedMarketingConsentInTheirLanguageOnce() throws SQLException {
        String tag = "news-" + UUID.randomUUID().toString().substring(0, 6);
        String confirmedEmail = address("confirmed");
        long confirmed = confirmedClient("Mary", "Miller", confirmedEmail, "en", tag);
        String unconfirmedEmail = address("unconfirmed");
        long unconfirmed = client("Uwe", "Unbestätigt", unconfirmedEmail, "de", tag);
        answer(unconfirmed, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}");
        answer(unconfirmed, "marketing", "{\"channel\": \"EMAIL\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                + " \"textVersion\": 1}");
        assertThat(awaitCount(unconfirmedEmail, 1)).as("the double opt-in mail, left unanswered").hasSize(1);
        String withoutEmail = address("without");
        long without = client("Olga", "Ohne", withoutEmail, "de", tag);

        long id = studio.asOwner().body("""
                        {"kind": "newsletter", "name": "Frühling", "tag": "%s",
                         "subjectDe": "Frühlingsangebot von {{businessName}}", "bodyDe": "Hallo {{firstName}},\\n\\nneu im Frühling.",
                         "subjectEn": "Spring offer from {{businessName}}", "bodyEn": "Hello {{firstName}},\\n\\nnew this spring."}"""
                        .formatted(tag))
                .post("/campaigns").then().log().ifValidationFails().statusCode(201)
                .body("state", equalTo("DRAFT"))
                .body("kind", equalTo("newsletter"))
                .header("Location", containsString("/campaigns/"))
                .extract().jsonPath().getLong("id");

        studio.asOwner().post("/campaigns/" + id + "/preview").then().statusCode(200)
                .body("audience", equalTo(3))
                .body("eligible", equalTo(1))
                .body("de.subject", equalTo("Frühlingsangebot von Studio " + studio.slug()))
                .body("de.text", containsString("Hallo Marie,"))
                .body("en.subject", equalTo("Spring offer from Studio " + studio.slug()))
                .body("en.text", not(containsString("Abmelden")))
                .body("en.text", containsString("Unsubscribe"));

        studio.asOwner().post("/campaigns/" + id + "/send").then().statusCode(200)
                .body("state", equalTo("SCHEDULED"));
        JsonPath sent = awaitState(id, "SENT");
        assertThat(sent.getInt("queued")).isEqualTo(1);
        assertThat(sent.getInt("excluded")).isEqualTo(2);
        assertThat(sent.getString("finishedAt")).isNotNull();

        List<Map<String, Object>> mails = awaitCount(confirmedEmail, 2);
        Mail newsletter = Mail.of(mails.get(1));
        assertThat(newsletter.subject()).isEqualTo("Spring offer from Studio " + studio.slug());
        assertThat(newsletter.text()).contains("Hello Mary,").contains("new this spring.").contains("Unsubscribe");
        assertThat(newsletter.header("List-Unsubscribe")).as("a marketing email").isNotNull();
        studio.asOwner().get("/messages?clientId=" + confirmed + "&kind=newsletter").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("SENT"));

        studio.asOwner().post("/campaigns/" + id + "/send").then().statusCode(409)
                .body("code", equalTo("campaign-not-open"));
        studio.asOwner().post("/campaigns/" + id + "/cancel").then().statusCode(409);
        runCampaigns(Instant.now());
        runCampaigns(Instant.now().plus(1, ChronoUnit.HOURS));
        assertThat(Mailbox.awaitMessages(confirmedEmail, Duration.ofSeconds(2))).hasSize(2);
        assertThat(Mailbox.messages(unconfirmedEmail)).hasSize(1);
        assertThat(Mailbox.messages(withoutEmail)).isEmpty();
        for (long other : new long[] {unconfirmed, without}) {
            studio.asOwner().get("/messages?clientId=" + other + "&kind=newsletter").then().statusCode(200)
                    .body("total", equalTo(0));
        }
        studio.asOwner().get("/campaigns/" + id).then().statusCode(200)
                .body("queued", equalTo(1))
                .body("excluded", equalTo(2));

        // what a run that died after queuing, before its progress was committed, leaves behind
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("update " + studio.schema() + ".campaign set state"
                    + " = 'SENDING', last_client_id = 0, queued = 0, excluded = 0 where id = " + id)).isEqualTo(1);
        }
        runCampaigns(Instant.now());
        studio.asOwner().get("/campaigns/" + id).then().statusCode(200)
                .body("state", equalTo("SENT"))
                .body("queued", equalTo(1))
                .body("excluded", equalTo(2));
        assertThat(Mailbox.awaitMessages(confirmedEmail, Duration.ofSeconds(2))).as("no second newsletter").hasSize(2);
        studio.asOwner().get("/messages?clientId=" + confirmed + "&kind=newsletter").then().body("total", equalTo(1));
        studio.asOwner().get("/campaigns?size=100").then().statusCode(200)
                .body("items.id", hasItems((int) id));
    }

    @Test
    void aScheduledCampaignWaitsForItsTimeAndEnglishClientsGetGermanWithoutEnglishWording() {
        String tag = "later-" + UUID.randomUUID().toString().substring(0, 6);
        String germanEmail = address("hanna");
        confirmedClient("Hanna", "Huber", germanEmail, "de", tag);
        String englishEmail = address("henry");
        confirmedClient("Henry", "Hill", englishEmail, "en", tag);

        long id = newsletter("Sommer", tag, "Sommer bei {{businessName}}", "Hallo {{firstName}}, bis bald!");
        Instant at = Instant.now().plus(1, ChronoUnit.HOURS);
        studio.asOwner().body("{\"at\": \"" + at + "\"}").post("/campaigns/" + id + "/schedule").then()
                .statusCode(200)
                .body("state", equalTo("SCHEDULED"))
                .body("scheduledAt", notNullValue());

        runCampaigns(at.minus(10, ChronoUnit.MINUTES));
        studio.asOwner().get("/campaigns/" + id).then().body("state", equalTo("SCHEDULED"));
        assertThat(Mailbox.awaitMessages(germanEmail, Duration.ofSeconds(2))).as("only the double opt-in").hasSize(1);

        runCampaigns(at.plus(1, ChronoUnit.MINUTES));
        JsonPath sent = awaitState(id, "SENT");
        assertThat(sent.getInt("queued")).isEqualTo(2);
        assertThat(sent.getInt("excluded")).isZero();
        Mail german = Mail.of(awaitCount(germanEmail, 2).get(1));
        assertThat(german.subject()).isEqualTo("Sommer bei Studio " + studio.slug());
        assertThat(german.text()).contains("Hallo Hanna, bis bald!").contains("Abmelden");
        Mail english = Mail.of(awaitCount(englishEmail, 2).get(1));
        assertThat(english.subject()).as("no English wording: German").isEqualTo("Sommer bei Studio " + studio.slug());
        assertThat(english.text()).contains("Hallo Henry, bis bald!");

        studio.asOwner().post("/campaigns/" + id + "/cancel").then().statusCode(409)
                .body("code", equalTo("campaign-not-open"));
        studio.asOwner().body("{\"name\": \"Anders\", \"subjectDe\": \"x\", \"bodyDe\": \"y\"}")
                .put("/campaigns/" + id).then().statusCode(409).body("code", equalTo("campaign-not-draft"));
    }

    @Test
    void cancelledCampaignsAreNeverSent() {
        String tag = "off-" + UUID.randomUUID().toString().substring(0, 6);
        String email = address("cancel");
        confirmedClient("Carla", "Cancel", email, "de", tag);
        long draft = newsletter("Abgesagt", tag, "Nie", "Nie gesendet");
        studio.asOwner().post("/campaigns/" + draft + "/cancel").then().statusCode(200)
                .body("state", equalTo("CANCELLED"));
        long scheduled = newsletter("Auch abgesagt", tag, "Nie", "Nie gesendet");
        Instant at = Instant.now().plus(2, ChronoUnit.HOURS);
        studio.asOwner().body("{\"at\": \"" + at + "\"}").post("/campaigns/" + scheduled + "/schedule").then()
                .statusCode(200);
        studio.asOwner().post("/campaigns/" + scheduled + "/cancel").then().statusCode(200)
                .body("state", equalTo("CANCELLED"));

        studio.asOwner().post("/campaigns/" + draft + "/send").then().statusCode(409);
        runCampaigns(at.plus(1, ChronoUnit.HOURS));
        assertThat(Mailbox.awaitMessages(email, Duration.ofSeconds(2))).as("only the double opt-in").hasSize(1);
        studio.asOwner().get("/campaigns/" + scheduled).then().body("state", equalTo("CANCELLED"))
                .body("queued", equalTo(0));
    }

    @Test
    void badInputIsRefusedNamingTheFields() {
        studio.asOwner().body("{\"kind\": \"newsletter\", \"name\": \"\", \"subjectDe\": \"Hallo\","
                        + " \"bodyDe\": \"Hallo {{vorname}}\", \"subjectEn\": \"Hi\", \"clientStatus\": \"VIP\"}")
                .post("/campaigns").then().statusCode(400)
                .body("errors.field", hasItems("name", "bodyDe", "bodyEn", "clientStatus"))
                .body("errors.find { it.field == 'bodyDe' }.message", containsString("{{vorname}}"));
        studio.asOwner().body("{\"kind\": \"fax\", \"name\": \"x\"}").post("/campaigns").then().statusCode(400)
                .body("errors.field", hasItems("kind"));
        long id = newsletter("Zeitplan", null, "Betreff", "Text");
        studio.asOwner().body("{\"at\": \"" + Instant.now().minus(1, ChronoUnit.HOURS) + "\"}")
                .post("/campaigns/" + id + "/schedule").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        studio.asOwner().body("{\"at\": \"tomorrow\"}").post("/campaigns/" + id + "/schedule").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        studio.asOwner().body("{\"name\": \"Zeitplan 2\", \"subjectDe\": \"Betreff\", \"bodyDe\": \"{{points}}\"}")
                .put("/campaigns/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("bodyDe"));
        studio.asOwner().get("/campaigns/" + id).then().statusCode(200)
                .body("name", equalTo("Zeitplan"))
                .body("state", equalTo("DRAFT"));
        studio.asOwner().get("/campaigns/999999").then().statusCode(404);
    }

    @Test
    void staffMayReadButNotChangeCampaigns() {
        TestTenant other = Tenants.provision("campaign-staff");
        long id = other.asOwner().body("{\"kind\": \"newsletter\", \"name\": \"N\", \"subjectDe\": \"S\","
                + " \"bodyDe\": \"B\"}").post("/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        Tenants.setRole(other, "STAFF");
        other.asOwner().body("{\"kind\": \"newsletter\", \"name\": \"N\", \"subjectDe\": \"S\", \"bodyDe\": \"B\"}")
                .post("/campaigns").then().statusCode(403).body("code", equalTo("role-forbidden"));
        other.asOwner().post("/campaigns/" + id + "/send").then().statusCode(403);
        other.asOwner().post("/campaigns/" + id + "/cancel").then().statusCode(403);
        other.asOwner().body("{\"at\": \"2099-01-01T00:00:00Z\"}").post("/campaigns/" + id + "/schedule").then()
                .statusCode(403);
        other.asOwner().get("/campaigns/" + id).then().statusCode(200).body("state", equalTo("DRAFT"));
        other.asOwner().post("/campaigns/" + id + "/preview").then().statusCode(200);
    }

    @Test
    void theRepermissionCampaignReachesClientsWithConsentUnderAnOutdatedText() {
        TestTenant business = Tenants.provision("repermission");
        String oldEmail = address("old");
        long old = client(business, "Otto", "Alt", oldEmail, "de", null);
        answer(business, old, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1,"
                + " \"language\": \"de\"}");
        business.asOwner().body("{\"purpose\": \"data-processing\", \"language\": \"de\","
                        + " \"body\": \"Neue Fassung der Einwilligung zur Datenverarbeitung.\"}")
                .post("/consents/texts").then().statusCode(201).body("version", equalTo(2));
        String currentEmail = address("current");
        long current = client(business, "Clara", "Aktuell", currentEmail, "de", null);
        answer(business, current, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                + " \"textVersion\": 2, \"language\": \"de\"}");

        long id = business.asOwner().body("{\"kind\": \"repermission\", \"name\": \"Neue Einwilligungstexte\"}")
                .post("/campaigns").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
        business.asOwner().post("/campaigns/" + id + "/preview").then().statusCode(200)
                .body("audience", equalTo(1))
                .body("eligible", equalTo(1))
                .body("de.subject", equalTo("Studio " + business.slug() + ": Bitte bestätigen Sie Ihre Einwilligungen"));

        business.asOwner().post("/campaigns/" + id + "/send").then().statusCode(200);
        JsonPath sent = awaitState(business, id, "SENT");
        assertThat(sent.getInt("queued")).isEqualTo(1);

        Mail mail = Mail.of(awaitCount(oldEmail, 1).get(0));
        assertThat(mail.subject()).isEqualTo("Studio " + business.slug() + ": Bitte bestätigen Sie Ihre Einwilligungen");
        assertThat(mail.header("List-Unsubscribe")).as("asks for consent, no marketing").isNull();
        String link = mail.link(TestPlatform.baseUrl() + "/consent/");
        RestAssured.given().redirects().follow(true).get(link).then().statusCode(200)
                .body(containsString("Otto"));
        assertThat(Mailbox.awaitMessages(currentEmail, Duration.ofSeconds(2))).isEmpty();
        business.asOwner().get("/messages?clientId=" + old + "&kind=repermission").then().statusCode(200)
                .body("total", equalTo(1));
        business.asOwner().get("/clients/" + old + "/consents").then().statusCode(200)
                .body("find { it.purpose == 'data-processing' }.state", equalTo("GIVEN"));
    }

    // --- helpers

    private static long newsletter(String name, String tag, String subject, String body) {
        return studio.asOwner().body("{\"kind\": \"newsletter\", \"name\": \"%s\", %s \"subjectDe\": \"%s\", \"bodyDe\": \"%s\"}"
                        .formatted(name, tag == null ? "" : "\"tag\": \"" + tag + "\",", subject, body))
                .post("/campaigns").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A client with data-processing and marketing email consent, confirmed through the double opt-in link. */
    private static long confirmedClient(String firstName, String lastName, String email, String language, String tag) {
        long id = client(firstName, lastName, email, language, tag);
        answer(id, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}");
        answer(id, "marketing", "{\"channel\": \"EMAIL\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                + " \"textVersion\": 1}");
        String link = Mail.of(awaitCount(email, 1).get(0)).link(TestPlatform.baseUrl() + "/confirm/");
        RestAssured.post(link).then().statusCode(200);
        studio.asOwner().get("/clients/" + id + "/consents/decision?purpose=marketing&channel=EMAIL").then()
                .body("allowed", equalTo(true));
        return id;
    }

    private static long client(String firstName, String lastName, String email, String language, String tag) {
        return client(studio, firstName, lastName, email, language, tag);
    }

    private static long client(TestTenant tenant, String firstName, String lastName, String email, String language,
                               String tag) {
        return tenant.asOwner().body(("{\"firstName\": \"%s\", \"lastName\": \"%s\", \"email\": \"%s\","
                        + " \"preferredLanguage\": \"%s\", \"tags\": [%s]}").formatted(firstName, lastName, email, language,
                        tag == null ? "" : "\"" + tag + "\""))
                .post("/clients").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void answer(long client, String purpose, String body) {
        answer(studio, client, purpose, body);
    }

    private static void answer(TestTenant tenant, long client, String purpose, String body) {
        tenant.asOwner().body(body).put("/clients/" + client + "/consents/" + purpose).then().log().ifValidationFails()
                .statusCode(200);
    }

    private static void runCampaigns(Instant asOf) {
        Tenants.asOperator().body("{\"asOf\": \"" + asOf + "\"}").post("/v1/operator/jobs/campaigns").then()
                .log().ifValidationFails().statusCode(200).body("job", equalTo("campaigns"));
    }

    private static JsonPath awaitState(long id, String state) {
        return awaitState(studio, id, state);
    }

    private static JsonPath awaitState(TestTenant tenant, long id, String state) {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonPath campaign;
        do {
            campaign = tenant.asOwner().get("/campaigns/" + id).then().statusCode(200).extract().jsonPath();
            if (state.equals(campaign.getString("state"))) {
                return campaign;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("campaign " + id + " is " + campaign.getString("state") + ", expected " + state);
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static List<Map<String, Object>> awaitCount(String email, int count) {
        Instant deadline = Instant.now().plusSeconds(20);
        List<Map<String, Object>> messages = Mailbox.messages(email);
        while (messages.size() < count && Instant.now().isBefore(deadline)) {
            sleep();
            messages = Mailbox.messages(email);
        }
        assertThat(messages).as("mails to " + email).hasSize(count);
        return messages;
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
