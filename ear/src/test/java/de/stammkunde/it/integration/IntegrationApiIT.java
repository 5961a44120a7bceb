package de.stammkunde.it.integration;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import de.stammkunde.it.TestPlatform;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static de.stammkunde.it.Concurrently.concurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Machine integrations with API keys: owners create (secret shown once, stored hashed), list and
 * revoke keys; a key creates and reads clients, appointments, invoices and payments of its own
 * business only, once per externalId or Idempotency-Key, and never reaches anything else.
 */
class IntegrationApiIT extends DeployedPlatform {

    private static TestTenant studio;
    private static TestTenant other;
    private static String secret;
    private static String ownerSubject;

    @BeforeAll
    static void tenantsWithAKey() {
        studio = Tenants.provision("integration");
        other = Tenants.provision("integration-other");
        secret = createKey(studio, "Kassensystem").jsonPath().getString("secret");
        ownerSubject = RestAssured.given().baseUri(TestPlatform.apiUrl()).auth().oauth2(studio.ownerToken())
                .get("/v1/me").then().statusCode(200).extract().path("subject");
    }

    @Test
    void anOwnerCreatesAKeyWhoseSecretIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
        Response created = createKey(studio, "Buchungstool");
        String shown = created.jsonPath().getString("secret");
        long id = created.jsonPath().getLong("key.id");
        assertThat(shown).startsWith("sk_").hasSize(46);
        assertThat(created.jsonPath().getString("key.prefix")).isEqualTo(shown.substring(0, 11));
        assertThat(created.header("Location")).endsWith("/api-keys/" + id);

        studio.asOwner().get("/api-keys").then().statusCode(200)
                .body("find { it.id == %d }.name".formatted(id), equalTo("Buchungstool"))
                .body("find { it.id == %d }.prefix".formatted(id), equalTo(shown.substring(0, 11)))
                .body("find { it.id == %d }".formatted(id), not(hasKey("secret")))
                .body("find { it.id == %d }.createdBy".formatted(id), endsWith("[" + ownerSubject + "]"));
        assertThat(studio.asOwner().get("/api-keys").asString()).doesNotContain(shown);

        assertThat(Database.count("select count(*) from platform.api_key where id = " + id
                + " and secret_hash = '" + sha256(shown) + "'")).isEqualTo(1);
        assertThat(Database.count("select count(*) from platform.api_key k where k::text like '%"
                + shown.substring(11) + "%'")).isZero();
        assertThat(Database.count("select count(*) from platform.operator_audit where action = 'api-key.created'"
                + " and tenant_slug = '" + studio.slug() + "' and detail like '#" + id + " Buchungstool%'"
                + " and detail not like '%" + shown.substring(11) + "%'")).isEqualTo(1);
    }

    @Test
    void aKeyNeedsANameAndOnlyOwnersManageKeys() throws SQLException {
        studio.asOwner().body("{\"name\": \" \"}").post("/api-keys").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("name"));
        long id = createKey(studio, "Zum Widerrufen").jsonPath().getLong("key.id");
        Tenants.setRole(studio, "MANAGER");
        try {
            studio.asOwner().get("/api-keys").then().statusCode(403).body("code", equalTo("api-key-owner-required"));
            studio.asOwner().body("{\"name\": \"Heimlich\"}").post("/api-keys").then().statusCode(403)
                    .body("code", equalTo("api-key-owner-required"));
            studio.asOwner().delete("/api-keys/" + id).then().statusCode(403)
                    .body("code", equalTo("api-key-owner-required"));
        } finally {
            Tenants.setRole(studio, "OWNER");
        }
        assertThat(Database.count("select count(*) from platform.api_key where name = 'Heimlich'")).isZero();
        studio.asOwner().get("/api-keys").then().body("find { it.id == %d }.revokedAt".formatted(id), nullValue());
        other.asOwner().delete("/api-keys/" + id).then().statusCode(404).body("code", equalTo("api-key-not-found"));
    }

    @Test
    void aClientIsCreatedOnceForItsExternalIdAndAnotherBodyIsRefused() throws SQLException {
        String externalId = "pos-" + UUID.randomUUID();
        String body = "{\"externalId\": \"%s\", \"firstName\": \"Extern\", \"lastName\": \"%s\"}"
                .formatted(externalId, externalId);

        Response first = integration(secret).body(body).post("/clients");
        first.then().statusCode(201).body("firstName", equalTo("Extern"));
        long id = first.jsonPath().getLong("id");
        assertThat(first.header("Location")).endsWith("/v1/integration/" + studio.slug() + "/clients/" + id);

        Response again = integration(secret).body(body).post("/clients");
        again.then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));

        integration(secret).body(body.replace("Extern", "Anders")).post("/clients").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("external-id-conflict"));
        assertThat(Database.count("select count(*) from " + studio.schema() + ".client where last_name = '"
                + externalId + "'")).isEqualTo(1);

        integration(secret).get("/clients/" + id).then().statusCode(200).body("lastName", equalTo(externalId));
        studio.asOwner().get("/clients/" + id + "/history").then().statusCode(200)
                .body("[0].actorKind", equalTo("API_KEY"));
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswerAndIsRefusedForAnotherBody() throws SQLException {
        String key = UUID.randomUUID().toString();
        String body = "{\"firstName\": \"Idem\", \"lastName\": \"" + key + "\"}";

        Response first = integration(secret).header("Idempotency-Key", key).body(body).post("/clients");
        first.then().statusCode(201);
        Response again = integration(secret).header("Idempotency-Key", key).body(body).post("/clients");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());

        integration(secret).header("Idempotency-Key", key).body(body.replace("Idem", "Other")).post("/clients")
                .then().statusCode(422).body("code", equalTo("idempotency-key-reused"));
        assertThat(Database.count("select count(*) from " + studio.schema() + ".client where last_name = '" + key + "'"))
                .isEqualTo(1);
    }

    @Test
    void tenConcurrentPostsWithOneIdempotencyKeyCreateOneClient() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"firstName\": \"Parallel\", \"lastName\": \"" + key + "\"}";

        List<Response> responses = concurrently(10, () -> integration(secret).header("Idempotency-Key", key)
                .body(body).post("/clients"));

        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(created).isNotEmpty();
        for (Response response : responses) {
            assertThat(response.statusCode()).as(response.asString()).isIn(201, 409);
            if (response.statusCode() == 409) {
                assertThat(response.jsonPath().getString("code")).isEqualTo("idempotency-key-in-progress");
            } else {
                assertThat(response.asString()).isEqualTo(created.get(0).asString());
            }
        }
        assertThat(Database.count("select count(*) from " + studio.schema() + ".client where last_name = '" + key + "'"))
                .isEqualTo(1);
    }

    @Test
    void appointmentsInvoicesAndPaymentsAreCreatedOncePerExternalId() throws SQLException {
        long sessionType = studio.asOwner()
                .body("{\"name\": \"Porträt\", \"durationMinutes\": 60, \"defaultPriceCents\": 12900, \"active\": true}")
                .post("/session-types").then().statusCode(201).extract().jsonPath().getLong("id");
        long client = integration(secret).body("{\"firstName\": \"Kasse\", \"lastName\": \"Kundin\"}")
                .post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
        String run = UUID.randomUUID().toString().substring(0, 8);

        String appointment = "{\"externalId\": \"appt-%s\", \"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"2026-06-01T10:00\", \"staffSubject\": \"%s\"}"
                .formatted(run, client, sessionType, ownerSubject);
        Response booked = integration(secret).body(appointment).post("/appointments");
        booked.then().statusCode(201).body("status", equalTo("BOOKED")).body("start", equalTo("2026-06-01T08:00:00Z"));
        long appointmentId = booked.jsonPath().getLong("id");
        integration(secret).body(appointment).post("/appointments").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("id", equalTo((int) appointmentId));
        integration(secret).body(appointment.replace("10:00", "11:00")).post("/appointments").then().statusCode(422)
                .body("code", equalTo("external-id-conflict"));
        integration(secret).get("/appointments/" + appointmentId).then().statusCode(200).body("clientId", equalTo((int) client));
        assertThat(Database.count("select count(*) from " + studio.schema() + ".appointment where client_id = " + client))
                .isEqualTo(1);

        String invoice = "{\"externalId\": \"inv-%s\", \"clientId\": %d, \"lines\": [{\"description\": \"Shooting\", \"unitPriceCents\": 20000}]}"
                .formatted(run, client);
        long invoiceId = integration(secret).body(invoice).post("/invoices").then().statusCode(201)
                .body("totalCents", equalTo(20000)).extract().jsonPath().getLong("id");
        integration(secret).body(invoice).post("/invoices").then().statusCode(200).body("id", equalTo((int) invoiceId));
        long secondInvoice = integration(secret).body(invoice.replace("inv-", "inv2-")).post("/invoices").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        assertThat(Database.count("select count(*) from " + studio.schema() + ".invoice where client_id = " + client))
                .isEqualTo(2);

        String payment = "{\"externalId\": \"pay-%s\", \"amountCents\": 5000, \"method\": \"CARD\"}".formatted(run);
        integration(secret).body(payment).post("/invoices/" + invoiceId + "/payments").then().statusCode(201)
                .body("payment.recordedBy", equalTo("Kassensystem"))
                .body("invoice.paidCents", equalTo(5000));
        integration(secret).body(payment).post("/invoices/" + invoiceId + "/payments").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("invoice.paidCents", equalTo(5000));
        integration(secret).body(payment).post("/invoices/" + secondInvoice + "/payments").then().statusCode(422)
                .body("code", equalTo("external-id-conflict"));
        integration(secret).get("/invoices/" + invoiceId).then().statusCode(200).body("paidCents", equalTo(5000));
        assertThat(Database.count("select count(*) from " + studio.schema() + ".payment where invoice_id in ("
                + invoiceId + ", " + secondInvoice + ")")).isEqualTo(1);
    }

    @Test
    void badInputNamesEveryBadField() {
        integration(secret).body("{\"email\": \"no-mail\"}").post("/clients").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("firstName", "lastName", "email"));
        integration(secret).body("{\"externalId\": 42, \"firstName\": \"A\", \"lastName\": \"B\"}").post("/clients")
                .then().statusCode(400).body("errors.field", hasItems("externalId"));
        integration(secret).body("{\"externalId\": \"" + "x".repeat(101) + "\", \"firstName\": \"A\", \"lastName\": \"B\"}")
                .post("/clients").then().statusCode(400).body("errors.field", hasItems("externalId"));
        integration(secret).body("not json").post("/clients").then().statusCode(400)
                .body("errors.field", hasItems("body"));
        integration(secret).body("{\"clientId\": 1, \"sessionTypeId\": 1, \"start\": \"tomorrow\"}").post("/appointments")
                .then().statusCode(400).body("errors.field", hasItems("start", "staffSubject"));
        integration(secret).body("{\"amountCents\": -5, \"method\": \"GOLD\"}").post("/invoices/1/payments")
                .then().statusCode(400).body("errors.field", hasItems("amountCents", "method"));
    }

    @Test
    void aUseIsRecordedAndARevokedKeyIsRefused() {
        Response created = createKey(studio, "Alt");
        String old = created.jsonPath().getString("secret");
        long id = created.jsonPath().getLong("key.id");
        studio.asOwner().get("/api-keys").then().body("find { it.id == %d }.lastUsedAt".formatted(id), nullValue());

        integration(old).body("{\"firstName\": \"Vor\", \"lastName\": \"Widerruf\"}").post("/clients").then().statusCode(201);
        studio.asOwner().get("/api-keys").then().body("find { it.id == %d }.lastUsedAt".formatted(id), notNullValue());

        studio.asOwner().delete("/api-keys/" + id).then().statusCode(200).body("revokedAt", notNullValue())
                .body("revokedBy", endsWith("[" + ownerSubject + "]"));
        integration(old).body("{\"firstName\": \"Nach\", \"lastName\": \"Widerruf\"}").post("/clients").then()
                .statusCode(401).header("WWW-Authenticate", "ApiKey").body("code", equalTo("api-key-revoked"));
        studio.asOwner().get("/clients?q=Nach").then().body("total", equalTo(0));
    }

    @Test
    void aKeyOfOneBusinessIsRefusedOnAnother() {
        RestAssured.given().baseUri(TestPlatform.apiUrl() + "/v1/integration/" + other.slug())
                .header("Authorization", "ApiKey " + secret).contentType("application/json")
                .body("{\"firstName\": \"Eve\", \"lastName\": \"Fremd\"}").post("/clients").then().statusCode(403)
                .body("code", equalTo("tenant-forbidden"));
        other.asOwner().get("/clients?q=Fremd").then().body("total", equalTo(0));
        integration(secret).get("/clients/999999").then().statusCode(404);
    }

    @Test
    void aKeyOfASuspendedBusinessIsRefused() {
        String key = createKey(other, "Pausiert").jsonPath().getString("secret");
        RequestSpecification asKey = RestAssured.given().baseUri(integrationBase(other)).header("X-Api-Key", key)
                .contentType("application/json");
        asKey.body("{\"firstName\": \"Vor\", \"lastName\": \"Pause\"}").post("/clients").then().statusCode(201);
        Tenants.asOperator().post("/v1/operator/tenants/" + other.slug() + "/suspend").then().statusCode(200);
        try {
            asKey.body("{\"firstName\": \"In\", \"lastName\": \"Pause\"}").post("/clients").then().statusCode(403)
                    .body("code", equalTo("tenant-suspended"));
        } finally {
            Tenants.asOperator().post("/v1/operator/tenants/" + other.slug() + "/resume").then().statusCode(200);
        }
        other.asOwner().get("/clients?q=Pause").then().body("total", equalTo(1));
    }

    @Test
    void aKeyNeverReachesStaffOnlyOperations() {
        String[][] forbidden = {{"GET", "/staff"}, {"GET", "/settings"}, {"PUT", "/settings"}, {"GET", "/api-keys"},
                {"POST", "/api-keys"}, {"GET", "/clients"}, {"PUT", "/clients/1"}, {"DELETE", "/clients/1"},
                {"POST", "/invoices/1/refund"}, {"POST", "/invoices/1/cancel"}, {"POST", "/appointments/1/confirm"},
                {"POST", "/session-types"}, {"GET", "/clients/1/history"}};
        for (String[] operation : forbidden) {
            integration(secret).body("{}").request(operation[0], operation[1]).then()
                    .statusCode(403).body("code", equalTo("api-key-forbidden"));
        }
        for (String header : List.of("Authorization", "X-Api-Key")) {
            RestAssured.given().baseUri(studio.asOwnerBase())
                    .header(header, header.equals("Authorization") ? "ApiKey " + secret : secret)
                    .get("/staff").then().statusCode(401);
        }
    }

    @Test
    void theIntegrationPathNeedsAKeyNotAToken() {
        RestAssured.given().baseUri(integrationBase(studio)).contentType("application/json")
                .body("{\"firstName\": \"Ohne\", \"lastName\": \"Schluessel\"}").post("/clients").then().statusCode(401)
                .header("WWW-Authenticate", "ApiKey").body("code", equalTo("api-key-missing"));
        RestAssured.given().baseUri(integrationBase(studio)).auth().oauth2(studio.ownerToken())
                .get("/clients/1").then().statusCode(401).body("code", equalTo("api-key-missing"));
        integration("sk_" + "A".repeat(43)).get("/clients/1").then().statusCode(401)
                .body("code", equalTo("api-key-invalid"));
        RestAssured.given().baseUri(integrationBase(studio)).header("X-Api-Key", secret)
                .get("/clients/999999").then().statusCode(404);
    }

    private static Response createKey(TestTenant tenant, String name) {
        Response created = tenant.asOwner().body("{\"name\": \"" + name + "\"}").post("/api-keys");
        created.then().statusCode(201);
        return created;
    }

    private static String integrationBase(TestTenant tenant) {
        return TestPlatform.apiUrl() + "/v1/integration/" + tenant.slug();
    }

    private static RequestSpecification integration(String key) {
        return RestAssured.given().baseUri(integrationBase(studio)).header("Authorization", "ApiKey " + key)
                .contentType("application/json");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

}
