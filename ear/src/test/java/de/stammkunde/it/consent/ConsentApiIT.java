package de.stammkunde.it.consent;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Consent through the API: answers with proof, the append-only trail, the contact rule, texts, filters. */
class ConsentApiIT extends DeployedPlatform {

    private static TestTenant studio;

    @BeforeAll
    static void tenant() {
        studio = Tenants.provision("consent");
    }

    @Test
    void anAnswerLeavesProofAndTheTrailCannotBeChanged() throws SQLException {
        long id = client("{\"firstName\": \"Clara\", \"lastName\": \"Beweis\", \"email\": \"clara@example.org\"}");
        studio.asOwner().get("/clients/" + id + "/consents").then().statusCode(200)
                .body("$", hasSize(9))
                .body("state", everyItem(equalTo("UNKNOWN")));

        studio.asOwner().body("{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}")
                .put("/clients/" + id + "/consents/data-processing").then().statusCode(200)
                .body("state", equalTo("GIVEN"))
                .body("channel", equalTo("ANY"))
                .body("textVersion", equalTo(1))
                .body("textOutdated", equalTo(false));
        studio.asOwner().body("{\"state\": \"WITHDRAWN\", \"source\": \"EMAIL_FORM\", \"ip\": \"203.0.113.7\","
                        + " \"userAgent\": \"Mozilla/5.0 Test\"}")
                .put("/clients/" + id + "/consents/data-processing").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN"));

        studio.asOwner().get("/clients/" + id + "/consents/trail").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].state", equalTo("GIVEN"))
                .body("[0].source", equalTo("IN_PERSON"))
                .body("[0].actorName", equalTo("Test Owner"))
                .body("[0].textVersion", equalTo(1))
                .body("[0].textBody", containsString("Ich willige ein"))
                .body("[1].state", equalTo("WITHDRAWN"))
                .body("[1].ip", equalTo("203.0.113.7"))
                .body("[1].userAgent", equalTo("Mozilla/5.0 Test"));
        assertThat(Database.count("select count(*) from " + studio.schema() + ".consent_record_aud a join " + studio.schema()
                + ".consent_record r on r.id = a.id where r.client_id = " + id)).as("audited like the client").isEqualTo(2);

        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("set role " + studio.schema() + "_owner");
            assertThatThrownBy(() -> statement.executeUpdate("update " + studio.schema()
                    + ".consent_proof set state = 'GIVEN' where client_id = " + id))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from " + studio.schema()
                    + ".consent_proof where client_id = " + id))
                    .hasMessageContaining("append-only");
        }
        assertThat(Database.count("select count(*) from " + studio.schema() + ".consent_proof where client_id = " + id))
                .isEqualTo(2);
    }

    @Test
    void theContactRuleFollowsTheAnswersAndEmailMarketingWaitsForTheDoubleOptIn() {
        long id = client("{\"firstName\": \"Regel\", \"lastName\": \"Tabelle\", \"email\": \"regel@example.org\","
                + " \"phone\": \"+4915112340001\"}");
        decision(id, "appointment-updates", "SMS").then().body("allowed", equalTo(false))
                .body("reason", equalTo("NO_DATA_PROCESSING_CONSENT"));

        answer(id, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}")
                .then().statusCode(200);
        answer(id, "appointment-updates", "{\"channel\": \"sms\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                + " \"textVersion\": 1}").then().statusCode(200);
        answer(id, "marketing", "{\"channel\": \"EMAIL\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                + " \"textVersion\": 1}").then().statusCode(200).body("state", equalTo("UNCONFIRMED"));

        decision(id, "data-processing", "ANY").then().body("allowed", equalTo(true)).body("reason", equalTo("ALLOWED"));
        decision(id, "appointment-updates", "SMS").then().body("allowed", equalTo(true));
        decision(id, "appointment-updates", "EMAIL").then().body("allowed", equalTo(false))
                .body("reason", equalTo("NOT_GIVEN"));
        decision(id, "marketing", "EMAIL").then().body("allowed", equalTo(false)).body("reason", equalTo("UNCONFIRMED"));
        decision(id, "marketing", "PORTFOLIO").then().body("reason", equalTo("UNKNOWN_CHANNEL"));
    }

    @Test
    void aMinorsPicturesNeedTheGuardiansConsent() {
        long id = client("{\"firstName\": \"Kim\", \"lastName\": \"Kind\", \"birthday\": \"2015-06-01\"}");

        answer(id, "image-publication", "{\"channel\": \"WEBSITE\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                + " \"textVersion\": 1}").then().statusCode(400)
                .body("errors[0].field", equalTo("guardianName"));
        answer(id, "image-publication", "{\"channel\": \"WEBSITE\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                + " \"textVersion\": 1, \"guardianName\": \"Petra Kind\", \"guardianRelation\": \"Mutter\"}")
                .then().statusCode(200)
                .body("byGuardian", equalTo(true))
                .body("guardianName", equalTo("Petra Kind"));
        decision(id, "image-publication", "WEBSITE").then().body("allowed", equalTo(true));
        decision(id, "image-publication", "SOCIAL_MEDIA").then().body("reason", equalTo("NOT_GIVEN"));
    }

    @Test
    void badAnswersAreRefusedFieldByFieldAndChangeNothing() {
        long id = client("{\"firstName\": \"Falsch\", \"lastName\": \"Eingabe\"}");

        studio.asOwner().body("{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}")
                .put("/clients/" + id + "/consents/telepathy").then().statusCode(404)
                .body("code", equalTo("consent-purpose-not-found"));
        answer(id, "marketing", "{\"channel\": \"FAX\", \"state\": \"PERHAPS\", \"source\": \"EMAIL_FORM\"}")
                .then().statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("channel"))
                .body("errors.field", hasItem("state"))
                .body("errors.field", hasItem("ip"));
        answer(id, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 99}")
                .then().statusCode(400).body("errors[0].field", equalTo("textVersion"));
        answer(999999, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}")
                .then().statusCode(404).body("code", equalTo("client-not-found"));
        studio.asOwner().put("/clients/" + id + "/consents/data-processing").then().statusCode(400);
        studio.asOwner().get("/clients/" + id + "/consents/trail").then().body("$", hasSize(0));
    }

    @Test
    void newTextVersionsKeepTheOldOnesAndMarkAnswersAsOutdated() throws SQLException {
        long id = client("{\"firstName\": \"Text\", \"lastName\": \"Version\"}");
        answer(id, "personalised-suggestions", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1,"
                + " \"language\": \"en\"}").then().statusCode(200);

        studio.asOwner().body("{\"purpose\": \"personalised-suggestions\", \"language\": \"en\","
                        + " \"body\": \"New wording of the suggestions text.\"}")
                .post("/consents/texts").then().statusCode(201)
                .body("version", equalTo(2))
                .body("current", equalTo(true));
        studio.asOwner().get("/consents/texts").then().statusCode(200)
                .body("findAll { it.purpose == 'personalised-suggestions' && it.language == 'en' }.version",
                        org.hamcrest.Matchers.contains(2, 1))
                .body("find { it.purpose == 'data-processing' && it.language == 'de' }.current", equalTo(true));
        studio.asOwner().get("/clients/" + id + "/consents").then()
                .body("find { it.purpose == 'personalised-suggestions' }.textVersion", equalTo(1))
                .body("find { it.purpose == 'personalised-suggestions' }.textOutdated", equalTo(true));
        studio.asOwner().get("/consents/texts/outdated?purpose=personalised-suggestions").then().statusCode(200)
                .body("find { it.clientId == " + id + " }.textVersion", equalTo(1))
                .body("find { it.clientId == " + id + " }.currentVersion", equalTo(2))
                .body("find { it.clientId == " + id + " }.clientName", equalTo("Text Version"));
        studio.asOwner().get("/consents/texts/outdated?purpose=data-processing").then().statusCode(200)
                .body("clientId", org.hamcrest.Matchers.not(hasItem((int) id)));
        studio.asOwner().get("/consents/texts/outdated?purpose=nonsense").then().statusCode(400);

        studio.asOwner().body("{\"purpose\": \"marketing\", \"language\": \"fr\", \"body\": \" \"}")
                .post("/consents/texts").then().statusCode(400)
                .body("errors.field", hasItem("language")).body("errors.field", hasItem("body"));
        setOwnerRole("STAFF");
        try {
            studio.asOwner().body("{\"purpose\": \"marketing\", \"language\": \"de\", \"body\": \"Neu\"}")
                    .post("/consents/texts").then().statusCode(403).body("code", equalTo("role-forbidden"));
        } finally {
            setOwnerRole("OWNER");
        }
    }

    @Test
    void aBusinessWithoutPicturesSwitchesImagePublicationOff() {
        long id = client("{\"firstName\": \"Ohne\", \"lastName\": \"Bilder\"}");
        try {
            studio.asOwner().body("{\"clientHistory\": true, \"imagePublication\": false}").put("/settings").then()
                    .statusCode(200).body("imagePublication", equalTo(false));
            studio.asOwner().get("/clients/" + id + "/consents").then()
                    .body("$", hasSize(6))
                    .body("purpose", org.hamcrest.Matchers.not(hasItem("image-publication")));
            answer(id, "image-publication", "{\"channel\": \"WEBSITE\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                    + " \"textVersion\": 1}").then().statusCode(409).body("code", equalTo("consent-purpose-off"));
            decision(id, "image-publication", "WEBSITE").then().body("reason", equalTo("PURPOSE_OFF"));
            studio.asOwner().body("{\"clientHistory\": true}").put("/settings").then()
                    .statusCode(200).body("imagePublication", equalTo(false));
        } finally {
            studio.asOwner().body("{\"clientHistory\": true, \"imagePublication\": true}").put("/settings").then()
                    .statusCode(200);
        }
        studio.asOwner().get("/clients/" + id + "/consents").then().body("$", hasSize(9));
    }

    @Test
    void theClientListFiltersByDataProcessingConsent() {
        long with = client("{\"firstName\": \"Mit\", \"lastName\": \"Filterzustimmung\"}");
        client("{\"firstName\": \"Ohne\", \"lastName\": \"Filterzustimmung\"}");
        answer(with, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}")
                .then().statusCode(200);

        studio.asOwner().get("/clients?q=filterzustimmung&consent=missing").then()
                .body("total", equalTo(1)).body("items[0].firstName", equalTo("Ohne"));
        studio.asOwner().get("/clients?q=filterzustimmung&consent=given").then()
                .body("total", equalTo(1)).body("items[0].firstName", equalTo("Mit"));
        studio.asOwner().get("/clients?consent=maybe").then().statusCode(400)
                .body("errors[0].field", equalTo("consent"));
    }

    private static long client(String json) {
        return studio.asOwner().body(json).post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response answer(long id, String purpose, String json) {
        return studio.asOwner().body(json).put("/clients/" + id + "/consents/" + purpose);
    }

    private static Response decision(long id, String purpose, String channel) {
        return studio.asOwner().get("/clients/" + id + "/consents/decision?purpose=" + purpose + "&channel=" + channel);
    }

    private static void setOwnerRole(String role) throws SQLException {
        try (Connection connection = Database.connect();
             PreparedStatement update = connection.prepareStatement("update platform.membership set role = ?"
                     + " where tenant_id = (select id from platform.tenant where slug = ?)")) {
            update.setString(1, role);
            update.setString(2, studio.slug());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
