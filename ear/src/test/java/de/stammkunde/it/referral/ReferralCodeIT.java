package de.stammkunde.it.referral;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import de.stammkunde.it.TestPlatform;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Every client has a referral code, made from the name — upper-case ASCII, German letters
 * transliterated, duplicates numbered — or pseudonymous by the business's choice; codes are
 * looked up in any case and never given twice, also to clients that existed before codes did.
 */
class ReferralCodeIT extends DeployedPlatform {

    private static TestTenant studio;

    @BeforeAll
    static void tenant() {
        studio = Tenants.provision("referral");
    }

    @Test
    void codesComeFromNamesTransliteratedAndNumberedAndAreFoundInAnyCase() {
        long marie = client("Marie", "Dupont");
        long otherMarie = client("Marie", "Dupont");
        long juergen = client("Jürgen", "Müller");
        long zoe = client("Zoë", "Noël");
        long sean = client("Sean", "O'Brien");

        assertThat(code(marie)).isEqualTo("MARIE-DUPONT");
        assertThat(code(otherMarie)).isEqualTo("MARIE-DUPONT-2");
        assertThat(code(juergen)).isEqualTo("JUERGEN-MUELLER");
        assertThat(code(zoe)).isEqualTo("ZOE-NOEL");
        assertThat(code(sean)).isEqualTo("SEAN-OBRIEN");
        studio.asOwner().get("/clients/" + marie + "/referral-code").then().statusCode(200)
                .body("link", equalTo(TestPlatform.baseUrl() + "/book/" + studio.slug() + "?ref=MARIE-DUPONT"));

        studio.asOwner().get("/referral-codes/marie-dupont-2").then().statusCode(200)
                .body("clientId", equalTo((int) otherMarie)).body("code", equalTo("MARIE-DUPONT-2"));
        studio.asOwner().get("/referral-codes/NOBODY-HERE").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("referral-code-not-found"));
        studio.asOwner().get("/clients/999999/referral-code").then().statusCode(404);
    }

    @Test
    void aPseudonymousCodeReplacesANameBasedOneWhichIsNeverGivenAgain() {
        long paula = client("Paula", "Privat");
        assertThat(code(paula)).isEqualTo("PAULA-PRIVAT");
        String pseudonym = studio.asOwner().post("/clients/" + paula + "/referral-code/pseudonym").then()
                .statusCode(200).extract().path("code");
        assertThat(pseudonym).matches("[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}");
        assertThat(code(paula)).isEqualTo(pseudonym);
        studio.asOwner().get("/referral-codes/PAULA-PRIVAT").then().statusCode(404);
        long namesake = client("Paula", "Privat");
        assertThat(code(namesake)).as("the replaced code stays reserved").isEqualTo("PAULA-PRIVAT-2");

        Response settings = studio.asOwner().get("/referral/settings");
        settings.then().statusCode(200).body("codeStyle", equalTo("NAME"));
        studio.asOwner().body("{\"codeStyle\": \"SECRET\"}").put("/referral/settings").then().statusCode(400);
        studio.asOwner().header("If-Match", settings.header("ETag")).body("{\"codeStyle\": \"PSEUDONYM\"}")
                .put("/referral/settings").then().statusCode(200).body("codeStyle", equalTo("PSEUDONYM"));
        try {
            long hidden = client("Hanna", "Heimlich");
            assertThat(code(hidden)).matches("[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}");
            assertThat(code(namesake)).as("codes given keep their style").isEqualTo("PAULA-PRIVAT-2");
        } finally {
            studio.asOwner().body("{\"codeStyle\": \"NAME\"}").put("/referral/settings").then().statusCode(200);
        }
    }

    @Test
    void importedClientsAndClientsFromBeforeCodesGetTheirsAndOnlineBookingKnowsThem() throws Exception {
        String csv = "firstName,lastName,email\nIrma,Import,irma-" + UUID.randomUUID() + "@example.org\n";
        String run = studio.asOwner().contentType("text/csv; charset=UTF-8").body(csv).post("/clients/import").then()
                .statusCode(202).extract().path("id").toString();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!"DONE".equals(studio.asOwner().get("/clients/import/" + run).jsonPath().getString("status"))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
        }
        long irma = studio.asOwner().get("/clients?q=Irma").jsonPath().getLong("items[0].id");
        String schema = studio.schema();
        assertThat(Database.count("select count(*) from " + schema + ".referral_code where client_id = " + irma
                + " and code = 'IRMA-IMPORT' and active")).as("given in the import's transaction").isEqualTo(1);

        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.execute("insert into " + schema + ".client (id, version, first_name, last_name, gender,"
                    + " preferred_language, created_at, updated_at) select 800000000 + n, 0, 'Alt', 'Kunde', 'UNKNOWN',"
                    + " 'de', now(), now() from generate_series(1, 3) n");
        }
        assertThat(Database.count("select count(*) from " + schema + ".client c where not exists (select 1 from "
                + schema + ".referral_code r where r.client_id = c.id)")).isEqualTo(3);
        Tenants.asOperator().body("{}").post("/v1/operator/jobs/referral-codes").then().statusCode(200);
        assertThat(Database.count("select count(*) from " + schema + ".client c where not exists (select 1 from "
                + schema + ".referral_code r where r.client_id = c.id)")).as("the sweep gave everyone a code").isZero();
        assertThat(Database.count("select count(*) from " + schema + ".referral_code where code like 'ALT-KUNDE%'"))
                .isEqualTo(3);
        assertThat(code(800000003L)).startsWith("ALT-KUNDE");

        long type = studio.asOwner().body("{\"name\": \"Porträt\", \"durationMinutes\": 60, \"defaultPriceCents\": 7500}")
                .post("/session-types").then().statusCode(201).extract().jsonPath().getLong("id");
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(5);
        RestAssured.given().baseUri(TestPlatform.apiUrl() + "/v1/public/" + studio.slug()).contentType("application/json")
                .body("""
                        {"firstName": "Fiona", "lastName": "Freundin", "email": "fiona-%s@example.org",
                         "sessionTypeId": %d, "start": "%sT10:00", "referralCode": "irma-import",
                         "privacyNoticeAccepted": true}""".formatted(UUID.randomUUID(), type, day))
                .post("/bookings").then().statusCode(201)
                .body("referralCode.given", equalTo("irma-import")).body("referralCode.known", equalTo(true));
        long fiona = studio.asOwner().get("/clients?q=Fiona").jsonPath().getLong("items[0].id");
        assertThat(code(fiona)).isEqualTo("FIONA-FREUNDIN");
    }

    private static long client(String first, String last) {
        return studio.asOwner().body("{\"firstName\": \"%s\", \"lastName\": \"%s\"}".formatted(first, last))
                .post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String code(long client) {
        return studio.asOwner().get("/clients/" + client + "/referral-code").then().statusCode(200)
                .body("code", matchesPattern("[A-Z0-9-]+")).extract().path("code");
    }
}
