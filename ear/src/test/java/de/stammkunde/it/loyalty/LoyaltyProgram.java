package de.stammkunde.it.loyalty;

import de.stammkunde.it.Database;
import de.stammkunde.it.Mail;
import de.stammkunde.it.Mailbox;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import de.stammkunde.it.TestPlatform;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A business with the loyalty program of the product's examples, built through the API: 1 point
 * per euro, portrait 50 and family 75 points per confirmed session, tiers 100 → promo code 10 €,
 * 250 → voucher 25 €, 500 → promo code 50 €, 1000 → a free session.
 */
final class LoyaltyProgram {

    final TestTenant studio;
    final long portrait;
    final long family;
    final Map<Integer, Long> tiers;

    private LoyaltyProgram(TestTenant studio, long portrait, long family, Map<Integer, Long> tiers) {
        this.studio = studio;
        this.portrait = portrait;
        this.family = family;
        this.tiers = tiers;
    }

    static LoyaltyProgram seeded(String prefix) {
        TestTenant studio = Tenants.provision(prefix);
        long portrait = sessionType(studio, "Porträt");
        long family = sessionType(studio, "Familie");
        studio.asOwner().body("""
                {"enabled": true, "pointsPerEuroEnabled": true, "pointsPerEuro": 1,
                 "sessionPoints": [{"sessionTypeId": %d, "points": 50}, {"sessionTypeId": %d, "points": 75}]}"""
                .formatted(portrait, family)).put("/loyalty/settings").then().statusCode(200);
        long promo10 = tier(studio, "Promocode 10 €", "PROMO_CODE", 1000L, 100,
                "Sie haben einen Promocode über 10 € freigeschaltet");
        long voucher25 = tier(studio, "Gutschein 25 €", "GIFT_VOUCHER", 2500L, 250, null);
        long promo50 = tier(studio, "Promocode 50 €", "PROMO_CODE", 5000L, 500, null);
        long free = tier(studio, "Gratis-Shooting", "CUSTOM", null, 1000, null);
        return new LoyaltyProgram(studio, portrait, family, Map.of(100, promo10, 250, voucher25, 500, promo50,
                1000, free));
    }

    static long sessionType(TestTenant studio, String name) {
        return studio.asOwner().body("{\"name\": \"%s\", \"durationMinutes\": 60, \"defaultPriceCents\": 7500}"
                .formatted(name)).post("/session-types").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long tier(TestTenant studio, String name, String type, Long valueCents, int threshold, String description) {
        return studio.asOwner().body(tierJson(name, type, valueCents, threshold, description))
                .post("/reward-tiers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String tierJson(String name, String type, Long valueCents, int threshold, String description) {
        return "{\"name\": \"%s\", \"type\": \"%s\", \"valueCents\": %s, \"threshold\": %d, \"description\": %s}"
                .formatted(name, type, valueCents, threshold, description == null ? "null" : "\"" + description + "\"");
    }

    /**
     * Clients 900000001 to 900000000 + {@code many} ("Viele Kunde n", viele{n}@example.org), written
     * by SQL since that many through the API take minutes; then each of {@code more}, a statement
     * with %1$s for the schema and %2$d for {@code many}.
     */
    void clientsBySql(int many, String... more) throws SQLException {
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.execute(("insert into %1$s.client (id, version, first_name, last_name, email, gender,"
                    + " preferred_language, created_at, updated_at)"
                    + " select 900000000 + n, 0, 'Viele', 'Kunde ' || n, 'viele' || n || '@example.org', 'UNKNOWN',"
                    + " 'de', now(), now() from generate_series(1, %2$d) n").formatted(studio.schema(), many));
            for (String statement : more) {
                sql.execute(statement.formatted(studio.schema(), many));
            }
        }
    }

    long client(String first, String last) {
        return client(first, last, null);
    }

    long client(String first, String last, String email) {
        return client(first, last, email, "de");
    }

    long client(String first, String last, String email, String language) {
        String body = "{\"firstName\": \"%s\", \"lastName\": \"%s\", \"preferredLanguage\": \"%s\"%s}".formatted(
                first, last, language, email == null ? "" : ", \"email\": \"" + email + "\"");
        return studio.asOwner().body(body).post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A client with data-processing consent and a marketing email consent confirmed by double opt-in. */
    long subscribed(String first, String last, String email) {
        return subscribed(first, last, email, "de");
    }

    long subscribed(String first, String last, String email, String language) {
        long id = client(first, last, email, language);
        consent(id, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}");
        consent(id, "marketing", "{\"channel\": \"EMAIL\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                + " \"textVersion\": 1}");
        List<Map<String, Object>> mails = Mailbox.awaitMessages(email, Duration.ofSeconds(20));
        assertThat(mails).as("the double opt-in mail to " + email).hasSize(1);
        String link = Mail.of(mails.get(0)).link(TestPlatform.baseUrl() + "/confirm/");
        RestAssured.given().post(link).then().statusCode(200);
        return id;
    }

    void consent(long client, String purpose, String body) {
        studio.asOwner().body(body).put("/clients/" + client + "/consents/" + purpose).then().statusCode(200);
    }

    long invoice(long client, long cents) {
        return studio.asOwner().body("{\"clientId\": %d, \"lines\": [{\"description\": \"Shooting\", \"unitPriceCents\": %d}]}"
                .formatted(client, cents)).post("/invoices").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    io.restassured.response.Response pay(long invoice, long cents) {
        return studio.asOwner().body("{\"amountCents\": %d, \"method\": \"CARD\"}".formatted(cents))
                .post("/invoices/" + invoice + "/payments");
    }

    long paid(long client, long cents) {
        long invoice = invoice(client, cents);
        pay(invoice, cents).then().statusCode(201);
        return invoice;
    }

    /**
     * Thomas, a client for two years, written while the program was off (so without points): 8
     * confirmed portrait sessions and 8 paid invoices of 300 €, half of each older than 12 months.
     * The program is on again afterwards.
     */
    long thomasWithoutPoints() {
        studio.asOwner().body("{\"enabled\": false}").put("/loyalty/settings").then().statusCode(200);
        long thomas = client("Thomas", "Treu");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        for (int i = 0; i < 4; i++) {
            confirmed(thomas, portrait, today.minusMonths(20).plusDays(i * 7) + "T10:00");
            confirmed(thomas, portrait, today.minusMonths(2).plusDays(i * 7) + "T10:00");
            paidAt(thomas, 30000, Instant.now().minus(Duration.ofDays(600 - i)));
            paidAt(thomas, 30000, Instant.now().minus(Duration.ofDays(30 + i)));
        }
        studio.asOwner().body("{\"enabled\": true}").put("/loyalty/settings").then().statusCode(200);
        return thomas;
    }

    /** An invoice paid in full at the given time. */
    void paidAt(long client, long cents, Instant paidAt) {
        long invoice = invoice(client, cents);
        studio.asOwner().body("{\"amountCents\": %d, \"method\": \"CARD\", \"paidAt\": \"%s\"}"
                .formatted(cents, paidAt)).post("/invoices/" + invoice + "/payments").then().statusCode(201);
    }

    long appointment(long client, long sessionType, String start) {
        return studio.asOwner().body("{\"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"%s\"}"
                        .formatted(client, sessionType, start))
                .post("/appointments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    long confirmed(long client, long sessionType, String start) {
        long id = appointment(client, sessionType, start);
        studio.asOwner().post("/appointments/" + id + "/confirm").then().statusCode(200);
        return id;
    }

    JsonPath account(long client) {
        return studio.asOwner().get("/clients/" + client + "/loyalty").then().statusCode(200).extract().jsonPath();
    }

    long balance(long client) {
        return account(client).getLong("balance");
    }

    List<Map<String, Object>> ledger(long client) {
        return studio.asOwner().get("/clients/" + client + "/loyalty/ledger?size=200").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    List<String> rewards(long client) {
        return account(client).getList("rewards.rewardName");
    }

    void reconciled() {
        studio.asOwner().get("/loyalty/reconciliation").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Waits until the recalculation is done (at most a minute) and returns it; fails if it failed. */
    JsonPath recalculationDone(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonPath view = studio.asOwner().get("/loyalty/recalculations/" + id).jsonPath();
        while (!List.of("DONE", "FAILED").contains(view.getString("state")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            view = studio.asOwner().get("/loyalty/recalculations/" + id).jsonPath();
        }
        assertThat(view.getString("state")).isEqualTo("DONE");
        return view;
    }
}
