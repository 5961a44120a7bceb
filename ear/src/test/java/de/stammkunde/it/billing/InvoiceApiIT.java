package de.stammkunde.it.billing;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static de.stammkunde.it.Concurrently.concurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** Staff bill clients through the API: invoices, payments, cancellation, refunds, idempotent retries. */
class InvoiceApiIT extends DeployedPlatform {

    private static TestTenant studio;
    private static long clientId;

    @BeforeAll
    static void tenantWithAClient() {
        studio = Tenants.provision("billing");
        clientId = studio.asOwner().body("{\"firstName\": \"Marie\", \"lastName\": \"Dupont\"}")
                .post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void anInvoiceTotalsItsLinesAndIsListedByStatusAndClient() {
        Response created = studio.asOwner().body("""
                {"clientId": %d, "lines": [
                  {"description": "Porträt-Shooting", "unitPriceCents": 15000},
                  {"description": "Abzug 13x18", "quantity": 3, "unitPriceCents": 1250}]}""".formatted(clientId))
                .post("/invoices");
        created.then().statusCode(201)
                .header("Location", containsString("/invoices/" + created.jsonPath().getLong("id")))
                .body("totalCents", equalTo(18750))
                .body("openCents", equalTo(18750))
                .body("status", equalTo("OPEN"))
                .body("clientName", equalTo("Marie Dupont"))
                .body("createdBy", equalTo("Test Owner"))
                .body("lines.amountCents", contains(15000, 3750))
                .body("lines[0].appointmentId", org.hamcrest.Matchers.nullValue());
        long id = created.jsonPath().getLong("id");

        studio.asOwner().get("/invoices/" + id).then().statusCode(200).body("lines", hasSize(2));
        studio.asOwner().get("/invoices?status=open&clientId=" + clientId).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) id));
        studio.asOwner().get("/invoices?status=PAID&clientId=" + clientId).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) id)));
        studio.asOwner().get("/invoices/" + (id + 100_000)).then().statusCode(404)
                .body("code", equalTo("invoice-not-found"));
    }

    @Test
    void namesEveryBadFieldAndSavesNothing() {
        long before = studio.asOwner().get("/invoices").jsonPath().getLong("total");
        studio.asOwner().body("""
                {"lines": [{"description": "", "quantity": 0, "unitPriceCents": -1, "appointmentId": -3},
                           {"description": "ok"}]}""")
                .post("/invoices").then()
                .statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItems("clientId", "lines[0].description", "lines[0].quantity",
                        "lines[0].unitPriceCents", "lines[0].appointmentId", "lines[1].unitPriceCents"));
        studio.asOwner().body("{\"clientId\": 999999, \"lines\": [{\"description\": \"x\", \"unitPriceCents\": 100}]}")
                .post("/invoices").then().statusCode(400).body("errors[0].field", equalTo("clientId"));
        studio.asOwner().body("{\"clientId\": " + clientId + ", \"lines\": []}")
                .post("/invoices").then().statusCode(400).body("errors[0].field", equalTo("lines"));
        assertThat(studio.asOwner().get("/invoices").jsonPath().getLong("total")).isEqualTo(before);

        long id = invoice(10_000);
        studio.asOwner().body("{\"amountCents\": 0, \"method\": \"bitcoin\", \"kind\": \"tip\"}")
                .post("/invoices/" + id + "/payments").then()
                .statusCode(400)
                .body("errors.field", hasItems("amountCents", "method", "kind"));
        studio.asOwner().body("{\"amountCents\": 100, \"method\": \"cash\", \"paidAt\": \"2999-01-01T00:00:00Z\"}")
                .post("/invoices/" + id + "/payments").then().statusCode(400).body("errors[0].field", equalTo("paidAt"));
        studio.asOwner().get("/invoices?status=unpaid&size=0").then().statusCode(400)
                .body("errors.field", hasItems("status", "size"));
        studio.asOwner().get("/invoices/" + id).then().body("payments", hasSize(0)).body("status", equalTo("OPEN"));
    }

    @Test
    void depositThenBalanceMakeTheInvoicePaidAndRaiseFullyPaidExactlyOnce() throws SQLException {
        long id = invoice(20_000);

        pay(id, 5_000, "DEPOSIT").then().statusCode(201)
                .body("payment.amountCents", equalTo(5000))
                .body("payment.kind", equalTo("DEPOSIT"))
                .body("payment.recordedBy", equalTo("Test Owner"))
                .body("invoice.status", equalTo("PARTIALLY_PAID"))
                .body("invoice.openCents", equalTo(15000));
        assertThat(events(id, "fully-paid")).isZero();
        Response balance = pay(id, 15_000, "BALANCE");
        balance.then().statusCode(201).body("invoice.status", equalTo("PAID")).body("invoice.openCents", equalTo(0));
        studio.asOwner().get(balance.header("Location").replaceFirst("^.*/invoices/", "/invoices/")).then()
                .statusCode(200).body("amountCents", equalTo(15000));

        pay(id, 1, "OTHER").then().statusCode(409)
                .body("code", equalTo("invoice-overpaid"))
                .body("errors[0].field", equalTo("amountCents"))
                .body("errors[0].message", equalTo("at most 0 cents are open"));
        assertThat(events(id, "fully-paid")).isEqualTo(1);
        assertThat(Database.count("select count(*) from " + studio.schema() + ".domain_event where type = 'invoice.fully-paid'"
                + " and subject_id = " + id + " and actor_name = 'Test Owner' and payload like '%\"totalCents\":\"20000\"%'"))
                .isEqualTo(1);
    }

    @Test
    void refusesAnOverpaymentNamingTheOpenAmount() {
        long id = invoice(20_000);
        pay(id, 5_000, "DEPOSIT").then().statusCode(201);

        pay(id, 15_001, "BALANCE").then()
                .statusCode(409)
                .body("code", equalTo("invoice-overpaid"))
                .body("errors[0].message", equalTo("at most 15000 cents are open"));
        studio.asOwner().get("/invoices/" + id).then().body("paidCents", equalTo(5000)).body("payments", hasSize(1));
    }

    @Test
    void cancelsOnlyUnpaidInvoicesAndRecordsWhoAndWhy() {
        long open = invoice(9_900);
        studio.asOwner().body("{\"reason\": \"Termin abgesagt\"}").post("/invoices/" + open + "/cancel").then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("Test Owner"))
                .body("cancellationReason", equalTo("Termin abgesagt"))
                .body("openCents", equalTo(0));
        pay(open, 100, "OTHER").then().statusCode(409).body("code", equalTo("invoice-closed"));
        studio.asOwner().post("/invoices/" + open + "/refund").then().statusCode(409)
                .body("code", equalTo("invoice-not-refundable"));

        long partly = invoice(9_900);
        pay(partly, 1_000, "DEPOSIT").then().statusCode(201);
        studio.asOwner().post("/invoices/" + partly + "/cancel").then().statusCode(409)
                .body("code", equalTo("invoice-not-cancellable"));
        studio.asOwner().body("{\"reason\": \"" + "x".repeat(501) + "\"}").post("/invoices/" + partly + "/cancel")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        studio.asOwner().get("/invoices/" + partly).then().body("status", equalTo("PARTIALLY_PAID"));
    }

    @Test
    void aRefundGivesBackWhatWasPaidRecordsItAndRaisesRefundedOnce() throws SQLException {
        long unpaid = invoice(5_000);
        studio.asOwner().post("/invoices/" + unpaid + "/refund").then().statusCode(409)
                .body("code", equalTo("invoice-not-refundable"));

        long id = invoice(5_000);
        pay(id, 5_000, "BALANCE").then().statusCode(201);
        studio.asOwner().body("{\"reason\": \"Bilder unbrauchbar\"}").post("/invoices/" + id + "/refund").then()
                .statusCode(200)
                .body("status", equalTo("REFUNDED"))
                .body("refundedCents", equalTo(5000))
                .body("refunds[0].amountCents", equalTo(5000))
                .body("refunds[0].reason", equalTo("Bilder unbrauchbar"))
                .body("refunds[0].refundedBy", equalTo("Test Owner"));
        studio.asOwner().post("/invoices/" + id + "/refund").then().statusCode(409)
                .body("code", equalTo("invoice-not-refundable"));
        pay(id, 5_000, "BALANCE").then().statusCode(409).body("code", equalTo("invoice-closed"));

        assertThat(events(id, "refunded")).isEqualTo(1);
        assertThat(events(id, "fully-paid")).isEqualTo(1);
        assertThat(Database.count("select count(*) from " + studio.schema() + ".refund where invoice_id = " + id
                + " and actor_name = 'Test Owner' and amount_cents = 5000")).isEqualTo(1);
    }

    @Test
    void tenConcurrentIdenticalPostsWithOneIdempotencyKeyMakeOnePayment() throws Exception {
        long id = invoice(30_000);
        String key = UUID.randomUUID().toString();
        String body = "{\"amountCents\": 10000, \"method\": \"CARD\", \"kind\": \"DEPOSIT\"}";

        List<Response> responses = concurrently(10, () -> studio.asOwner().header("Idempotency-Key", key)
                .body(body).post("/invoices/" + id + "/payments"));

        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(created).isNotEmpty();
        for (Response response : responses) {
            assertThat(response.statusCode()).as(response.asString()).isIn(201, 409);
            if (response.statusCode() == 409) {
                assertThat(response.jsonPath().getString("code")).isEqualTo("idempotency-key-in-progress");
            } else {
                assertThat(response.asString()).isEqualTo(created.get(0).asString());
                assertThat(response.header("Location")).isEqualTo(created.get(0).header("Location"));
            }
        }
        assertThat(created.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count())
                .isEqualTo(created.size() - 1);
        studio.asOwner().get("/invoices/" + id).then()
                .body("payments", hasSize(1))
                .body("paidCents", equalTo(10000))
                .body("status", equalTo("PARTIALLY_PAID"));
        assertThat(Database.count("select count(*) from " + studio.schema() + ".payment where invoice_id = " + id)).isEqualTo(1);
    }

    @Test
    void theSameKeyReplaysTheFirstAnswerAndIsRefusedForAnotherBody() {
        long id = invoice(30_000);
        String key = "retry-" + UUID.randomUUID();
        String body = "{\"amountCents\": 30000, \"method\": \"transfer\", \"kind\": \"balance\"}";
        Response first = studio.asOwner().header("Idempotency-Key", key).body(body).post("/invoices/" + id + "/payments");
        first.then().statusCode(201).body("invoice.status", equalTo("PAID"));

        Response again = studio.asOwner().header("Idempotency-Key", key).body(body).post("/invoices/" + id + "/payments");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());

        studio.asOwner().header("Idempotency-Key", key)
                .body("{\"amountCents\": 100, \"method\": \"transfer\", \"kind\": \"balance\"}")
                .post("/invoices/" + id + "/payments").then()
                .statusCode(422)
                .body("code", equalTo("idempotency-key-reused"))
                .body("type", endsWith("/idempotency-key-reused"));
        studio.asOwner().header("Idempotency-Key", key).body(body).post("/invoices/" + (id + 1) + "/payments").then()
                .statusCode(422);
        studio.asOwner().header("Idempotency-Key", "bad key with spaces").body(body).post("/invoices/" + id + "/payments")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        studio.asOwner().get("/invoices/" + id).then().body("payments", hasSize(1));
    }

    @Test
    void concurrentPaymentsOnOneInvoiceNeverOverpayIt() throws Exception {
        long id = invoice(10_000);

        List<Response> responses = concurrently(10, () -> pay(id, 3_000, "OTHER"));

        assertThat(responses).extracting(Response::statusCode).containsOnly(201, 409);
        assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(3);
        assertThat(responses.stream().filter(r -> r.statusCode() == 409))
                .allSatisfy(r -> assertThat(r.jsonPath().getString("code")).isEqualTo("invoice-overpaid"));
        studio.asOwner().get("/invoices/" + id).then()
                .body("paidCents", equalTo(9000))
                .body("openCents", equalTo(1000))
                .body("payments", hasSize(3));
    }


    @Test
    void aLineMayBillAnAppointmentOfTheInvoicesClientOnly() {
        long sessionType = studio.asOwner().body("{\"name\": \"Rechnungstermin\", \"durationMinutes\": 30,"
                + " \"defaultPriceCents\": 5000, \"active\": true}").post("/session-types").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long appointment = studio.asOwner().body("{\"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"2026-06-01T10:00\"}"
                .formatted(clientId, sessionType)).post("/appointments").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long other = studio.asOwner().body("{\"firstName\": \"Andere\", \"lastName\": \"Kundin\"}").post("/clients")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        studio.asOwner().body("{\"clientId\": " + clientId + ", \"lines\": [{\"description\": \"Termin\","
                        + " \"unitPriceCents\": 5000, \"appointmentId\": " + appointment + "}]}")
                .post("/invoices").then().statusCode(201)
                .body("lines[0].appointmentId", equalTo((int) appointment));
        studio.asOwner().body("{\"clientId\": " + other + ", \"lines\": [{\"description\": \"Termin\","
                        + " \"unitPriceCents\": 5000, \"appointmentId\": " + appointment + "}]}")
                .post("/invoices").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].appointmentId"))
                .body("errors[0].message", equalTo("an appointment of another client"));
        studio.asOwner().body("{\"clientId\": " + clientId + ", \"lines\": [{\"description\": \"Termin\","
                        + " \"unitPriceCents\": 5000, \"appointmentId\": 987654}]}")
                .post("/invoices").then().statusCode(400)
                .body("errors[0].message", equalTo("no appointment with this id"));
    }

    private static long invoice(long cents) {
        return studio.asOwner().body("{\"clientId\": " + clientId + ", \"lines\": [{\"description\": \"Shooting\","
                        + " \"unitPriceCents\": " + cents + "}]}")
                .post("/invoices").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response pay(long id, long cents, String kind) {
        return studio.asOwner().body("{\"amountCents\": " + cents + ", \"method\": \"CASH\", \"kind\": \"" + kind + "\"}")
                .post("/invoices/" + id + "/payments");
    }

    private static long events(long id, String transition) throws SQLException {
        return Database.count("select count(*) from " + studio.schema() + ".domain_event where dedup_key = 'invoice:" + id
                + ":" + transition + "'");
    }
}
