package de.stammkunde.it.loyalty;

import de.stammkunde.it.Concurrently;
import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Mail;
import de.stammkunde.it.Mailbox;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The loyalty engine's acceptance scenarios, through the HTTP API with real tokens: points for
 * payments and confirmed sessions, rewards unlocked at thresholds with codes and email, rule
 * changes that are never retroactive, and awards that happen once however often they are asked for.
 */
class LoyaltyIT extends DeployedPlatform {

    @Test
    void aPortraitPaidWith75EurosAndConfirmedEarns125PointsAndThePromoCodeWhoseEmailArrives() {
        LoyaltyProgram program = LoyaltyProgram.seeded("loyal-a");
        String email = LoyaltyProgram.address("anna");
        long anna = program.subscribed("Anna", "Albers", email);

        long appointment = program.confirmed(anna, program.portrait, "2026-03-02T10:00");
        assertThat(program.balance(anna)).isEqualTo(50);
        long invoice = program.paid(anna, 7500);

        JsonPath account = program.account(anna);
        assertThat(account.getLong("balance")).isEqualTo(125);
        assertThat(account.getList("rewards.rewardName")).containsExactly("Promocode 10 €");
        String code = account.getString("rewards[0].code");
        assertThat(code).matches("[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}");
        assertThat(account.getInt("next.threshold")).isEqualTo(250);
        assertThat(account.getLong("next.missing")).isEqualTo(125);

        List<Map<String, Object>> ledger = program.ledger(anna);
        assertThat(ledger).extracting(e -> e.get("source")).containsExactly("PAYMENT", "SESSION");
        assertThat(ledger).extracting(e -> e.get("points")).containsExactly(75, 50);
        assertThat(ledger.get(0)).containsEntry("linkedType", "invoice").containsEntry("linkedId", (int) invoice)
                .containsEntry("actorName", "Test Owner");
        assertThat((String) ledger.get(0).get("description")).contains("75,00 €").contains("× 1");
        assertThat(ledger.get(1)).containsEntry("linkedType", "appointment")
                .containsEntry("linkedId", (int) appointment);

        List<Map<String, Object>> mails = awaitCount(email, 2);
        Mail reward = Mail.of(mails.get(1));
        assertThat(reward.subject()).isEqualTo("Herzlichen Glückwunsch! Promocode 10 € freigeschaltet");
        assertThat(reward.text()).contains("Herzlichen Glückwunsch! Sie haben einen Promocode über 10 € freigeschaltet")
                .contains("Ihr Code: " + code).contains("Ihr Punktestand: 125");

        program.studio.asOwner().get("/reward-codes/" + code.toLowerCase().replace("-", "")).then().statusCode(200)
                .body("state", equalTo("ACTIVE")).body("valueCents", equalTo(1000))
                .body("clientId", equalTo((int) anna)).body("clientName", equalTo("Anna Albers"));
        String key = UUID.randomUUID().toString();
        program.studio.asOwner().header("Idempotency-Key", key).post("/reward-codes/" + code + "/redeem").then()
                .statusCode(200).body("state", equalTo("REDEEMED")).body("redeemedBy", equalTo("Test Owner"));
        program.studio.asOwner().header("Idempotency-Key", key).post("/reward-codes/" + code + "/redeem").then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("state", equalTo("REDEEMED"));
        program.studio.asOwner().post("/reward-codes/" + code + "/redeem").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("reward-code-redeemed"))
                .body("errors[0].message", containsString("Test Owner"));
        program.studio.asOwner().get("/reward-codes/ABCDE-FGH23").then().statusCode(404)
                .body("code", equalTo("reward-code-not-found"));
        program.reconciled();
    }

    @Test
    void twoHundredEurosForAPortraitGive250PointsInOneGoAndBothRewardsBelowIt() {
        LoyaltyProgram program = LoyaltyProgram.seeded("loyal-b");
        long ben = program.client("Ben", "Bauer");
        long appointment = program.appointment(ben, program.portrait, "2026-03-03T10:00");
        long invoice = program.studio.asOwner().body(("{\"clientId\": %d, \"lines\": [{\"description\": \"Porträt\","
                        + " \"unitPriceCents\": 20000, \"appointmentId\": %d}]}").formatted(ben, appointment))
                .post("/invoices").then().statusCode(201).extract().jsonPath().getLong("id");
        program.pay(invoice, 5000).then().statusCode(201);
        assertThat(program.balance(ben)).as("nothing before the invoice is fully paid").isZero();
        program.pay(invoice, 15000).then().statusCode(201);
        program.studio.asOwner().post("/appointments/" + appointment + "/confirm").then().statusCode(200);

        assertThat(program.balance(ben)).isEqualTo(250);
        assertThat(program.rewards(ben)).containsExactlyInAnyOrder("Promocode 10 €", "Gutschein 25 €");

        String voucher = program.account(ben).getString("rewards.find { it.rewardName == 'Gutschein 25 €' }.code");
        program.studio.asOwner().body("{}").post("/reward-codes/" + voucher + "/revoke").then().statusCode(400);
        program.studio.asOwner().body("{\"reason\": \"Doppelt ausgegeben\"}").post("/reward-codes/" + voucher + "/revoke")
                .then().statusCode(200).body("state", equalTo("REVOKED"));
        program.studio.asOwner().post("/reward-codes/" + voucher + "/redeem").then().statusCode(409)
                .body("code", equalTo("reward-code-inactive"));
        program.studio.asOwner().body("{\"reason\": \"nochmal\"}").post("/reward-codes/" + voucher + "/revoke")
                .then().statusCode(409).body("code", equalTo("reward-code-not-active"));
        program.reconciled();
    }

    @Test
    void ruleChangesApplyToLaterEventsOnlyAndRaisedThresholdsKeepEarlierGrants() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("loyal-c");
        long early = program.client("Eva", "Early");
        program.paid(early, 12000);
        assertThat(program.balance(early)).isEqualTo(120);
        assertThat(program.rewards(early)).containsExactly("Promocode 10 €");

        Response settings = program.studio.asOwner().get("/loyalty/settings");
        program.studio.asOwner().header("If-Match", settings.header("ETag")).body("{\"pointsPerEuro\": 2}")
                .put("/loyalty/settings").then().statusCode(200).body("pointsPerEuro", equalTo(2));
        program.studio.asOwner().header("If-Match", settings.header("ETag")).body("{\"pointsPerEuro\": 3}")
                .put("/loyalty/settings").then().statusCode(409).body("code", equalTo("loyalty-settings-changed"));
        assertThat(program.balance(early)).as("earlier payments keep their points").isEqualTo(120);
        program.paid(early, 1000);
        assertThat(program.balance(early)).as("later payments earn double").isEqualTo(140);

        long promo = program.tiers.get(100);
        Response tier = program.studio.asOwner().get("/reward-tiers/" + promo);
        program.studio.asOwner().header("If-Match", tier.header("ETag"))
                .body(LoyaltyProgram.tierJson("Promocode 10 €", "PROMO_CODE", 1000L, 150, null))
                .put("/reward-tiers/" + promo).then().statusCode(200).body("threshold", equalTo(150))
                .body("granted", equalTo(1));
        assertThat(program.rewards(early)).as("the earlier grant stays").containsExactly("Promocode 10 €");
        assertThat(Database.count("select count(*) from " + program.studio.schema() + ".loyalty_settings_aud"))
                .as("every change of the program is audited").isGreaterThanOrEqualTo(2);
        assertThat(Database.count("select count(*) from " + program.studio.schema() + ".reward_tier_aud where id = " + promo
                + " and threshold in (100, 150)")).as("the tier's history").isEqualTo(2);
        long late = program.client("Lars", "Late");
        program.paid(late, 6000);
        assertThat(program.rewards(late)).as("120 points: below the raised threshold").isEmpty();
        program.paid(late, 1500);
        assertThat(program.balance(late)).isEqualTo(150);
        assertThat(program.rewards(late)).containsExactly("Promocode 10 €");

        program.studio.asOwner().get("/reward-tiers/preview?threshold=140").then().statusCode(200)
                .body("clients", equalTo(2));
        long over = program.client("Olga", "Over");
        program.paid(over, 40000);
        assertThat(program.balance(over)).isEqualTo(800);
        program.studio.asOwner().get("/reward-tiers/preview?threshold=750").then().statusCode(200)
                .body("clients", equalTo(1));
        long tier750 = LoyaltyProgram.tier(program.studio, "Fotobuch", "CUSTOM", null, 750, "Ein Fotobuch für Sie");
        assertThat(program.rewards(over)).as("a new tier is granted at once to clients above it")
                .contains("Fotobuch");
        assertThat(program.rewards(early)).doesNotContain("Fotobuch");
        program.studio.asOwner().get("/reward-tiers/" + tier750).then().statusCode(200).body("granted", equalTo(1))
                .body("granting", equalTo(false));

        program.studio.asOwner().body("{\"points\": -100, \"reason\": \"Korrektur\"}")
                .post("/clients/" + early + "/loyalty/entries").then().statusCode(201).body("points", equalTo(-100))
                .body("source", equalTo("MANUAL"));
        assertThat(program.balance(early)).isEqualTo(40);
        assertThat(program.rewards(early)).as("a deduction below the threshold keeps the promo code")
                .containsExactly("Promocode 10 €");
        program.reconciled();
    }

    @Test
    void eachPaymentAndConfirmationAwardsOnceHoweverOftenItIsAskedFor() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("loyal-d");
        long dora = program.client("Dora", "Doppelt");

        long invoice = program.invoice(dora, 7500);
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            program.studio.asOwner().header("Idempotency-Key", key).body("{\"amountCents\": 7500, \"method\": \"CARD\"}")
                    .post("/invoices/" + invoice + "/payments").then().statusCode(201);
        }
        assertThat(program.balance(dora)).isEqualTo(75);

        long racing = program.invoice(dora, 10000);
        List<Integer> statuses = Concurrently.concurrently(10, () -> program.pay(racing, 1000).statusCode());
        assertThat(statuses).as("10 payments of 10 € settle the 100 € invoice").containsOnly(201);
        assertThat(program.balance(dora)).isEqualTo(175);
        long full = program.invoice(dora, 2000);
        List<Integer> whole = Concurrently.concurrently(10, () -> program.pay(full, 2000).statusCode());
        assertThat(whole).as("one of 10 concurrent full payments is taken").containsOnlyOnce(201);
        assertThat(program.balance(dora)).isEqualTo(195);

        long appointment = program.confirmed(dora, program.family, "2026-03-04T10:00");
        program.studio.asOwner().post("/appointments/" + appointment + "/confirm").then().statusCode(409);
        assertThat(program.balance(dora)).isEqualTo(270);
        assertThat(program.ledger(dora)).hasSize(4);

        assertThat(replay("invoice", invoice, "PAYMENT", dora, program)).as("the database refuses a second award of a cause")
                .isZero();
        assertThat(program.balance(dora)).isEqualTo(270);
        assertThat(program.rewards(dora)).containsExactly("Gutschein 25 €", "Promocode 10 €");
        program.reconciled();
    }

    @Test
    void refundsAndCancelledConfirmedSessionsAreReversedOnceAndNothingIsAwardedWhileTheProgramIsOff() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("loyal-e");
        long emil = program.client("Emil", "Erstattet");
        long invoice = program.paid(emil, 9000);
        long appointment = program.confirmed(emil, program.portrait, "2026-03-05T10:00");
        assertThat(program.balance(emil)).isEqualTo(140);

        program.studio.asOwner().body("{\"reason\": \"Reklamation\"}").post("/invoices/" + invoice + "/refund").then()
                .statusCode(200);
        program.studio.asOwner().post("/appointments/" + appointment + "/cancel").then().statusCode(200);
        assertThat(program.balance(emil)).isZero();
        List<Map<String, Object>> ledger = program.ledger(emil);
        assertThat(ledger).extracting(e -> e.get("source")).containsExactly("REVERSAL", "REVERSAL", "SESSION", "PAYMENT");
        assertThat(ledger).extracting(e -> e.get("points")).containsExactly(-50, -90, 50, 90);
        assertThat(ledger.get(1)).containsEntry("linkedType", "invoice").containsEntry("reverses", ledger.get(3).get("id"));
        assertThat(program.rewards(emil)).as("rewards stay").containsExactly("Promocode 10 €");

        program.studio.asOwner().body("{\"enabled\": false}").put("/loyalty/settings").then().statusCode(200)
                .body("enabled", equalTo(false));
        long off = program.client("Otto", "Aus");
        program.paid(off, 50000);
        program.confirmed(off, program.family, "2026-03-06T10:00");
        assertThat(program.balance(off)).as("the program is off").isZero();
        program.studio.asOwner().body("{\"points\": 30, \"reason\": \"Treuebonus\"}")
                .post("/clients/" + off + "/loyalty/entries").then().statusCode(201);
        assertThat(program.balance(off)).as("manual points still work").isEqualTo(30);
        program.studio.asOwner().body("{\"enabled\": true}").put("/loyalty/settings").then().statusCode(200);

        long restricted = program.client("Rita", "Restricted");
        try (Connection db = Database.connect();
             PreparedStatement update = db.prepareStatement("update " + program.studio.schema()
                     + ".client set processing_restricted = true where id = ?")) {
            update.setLong(1, restricted);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        program.paid(restricted, 50000);
        assertThat(program.balance(restricted)).as("processing restricted: no points").isZero();
        program.studio.asOwner().body("{\"points\": 30, \"reason\": \"Bonus\"}")
                .post("/clients/" + restricted + "/loyalty/entries").then().statusCode(409)
                .body("code", equalTo("processing-restricted"));
        program.reconciled();
    }

    @Test
    void manualActionsNeedAReasonKeepTheBalanceAboveZeroUnlessConfirmedAndRecordTheStaffMember() {
        LoyaltyProgram program = LoyaltyProgram.seeded("loyal-f");
        long fritz = program.client("Fritz", "Manuell");
        program.studio.asOwner().body("{\"points\": 20}").post("/clients/" + fritz + "/loyalty/entries").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem("reason"));
        program.studio.asOwner().body("{\"points\": 0, \"reason\": \"nichts\"}").post("/clients/" + fritz + "/loyalty/entries")
                .then().statusCode(400);
        program.studio.asOwner().body("{\"points\": 20, \"reason\": \"Willkommen zurück\"}")
                .post("/clients/" + fritz + "/loyalty/entries").then().statusCode(201)
                .body("actorName", equalTo("Test Owner")).body("description", equalTo("Willkommen zurück"));
        program.studio.asOwner().body("{\"points\": -50, \"reason\": \"Korrektur\"}")
                .post("/clients/" + fritz + "/loyalty/entries").then().statusCode(409)
                .body("code", equalTo("balance-below-zero"))
                .body("errors[0].message", containsString("the balance is 20 points"));
        assertThat(program.balance(fritz)).isEqualTo(20);
        program.studio.asOwner().body("{\"points\": -50, \"reason\": \"Korrektur\", \"belowZero\": true}")
                .post("/clients/" + fritz + "/loyalty/entries").then().statusCode(201);
        assertThat(program.balance(fritz)).isEqualTo(-30);

        long free = program.tiers.get(1000);
        program.studio.asOwner().body("{\"tierId\": %d}".formatted(free)).post("/clients/" + fritz + "/rewards").then()
                .statusCode(400);
        program.studio.asOwner().body("{\"tierId\": %d, \"reason\": \"Hochzeitsgeschenk\"}".formatted(free))
                .post("/clients/" + fritz + "/rewards").then().statusCode(201).body("manual", equalTo(true))
                .body("rewardName", equalTo("Gratis-Shooting")).body("code", org.hamcrest.Matchers.nullValue())
                .body("grantedBy", equalTo("Test Owner")).body("reason", equalTo("Hochzeitsgeschenk"));
        program.studio.asOwner().body("{\"tierId\": %d, \"reason\": \"nochmal\"}".formatted(free))
                .post("/clients/" + fritz + "/rewards").then().statusCode(409)
                .body("code", equalTo("reward-granted-already"));
        program.studio.asOwner().get("/clients/" + fritz + "/loyalty/ledger?size=0").then().statusCode(400);
        program.studio.asOwner().get("/clients/999999/loyalty").then().statusCode(404);
        program.reconciled();
    }

    @Test
    void aNewTierReachesClientsBeyondTheFirstBatchInTheBackgroundAndSendsNoEmailWhenSwitchedOff() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("loyal-g");
        int many = 1200;
        program.clientsBySql(many,
                "insert into %1$s.loyalty_entry (client_id, points, source, description, actor_kind, created_at)"
                        + " select 900000000 + n, 2000, 'MANUAL', 'Startguthaben', 'SYSTEM', now()"
                        + " from generate_series(1, %2$d) n",
                "insert into %1$s.loyalty_balance (client_id, points, updated_at)"
                        + " select 900000000 + n, 2000, now() from generate_series(1, %2$d) n");
        program.studio.asOwner().get("/reward-tiers/preview?threshold=1500").then().statusCode(200)
                .body("clients", equalTo(many));
        long tier = program.studio.asOwner()
                .body("{\"name\": \"Leinwand\", \"type\": \"CUSTOM\", \"threshold\": 1500, \"email\": false}")
                .post("/reward-tiers").then().statusCode(201)
                .body("granted", equalTo(1000)).body("granting", equalTo(true))
                .extract().jsonPath().getLong("id");
        long deadline = System.currentTimeMillis() + 90_000;
        JsonPath view = program.studio.asOwner().get("/reward-tiers/" + tier).jsonPath();
        while (view.getBoolean("granting") && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
            view = program.studio.asOwner().get("/reward-tiers/" + tier).jsonPath();
        }
        assertThat(view.getInt("granted")).as("every client above the threshold, once").isEqualTo(many);
        assertThat(view.getBoolean("granting")).isFalse();
        assertThat(Database.count("select count(*) from " + program.studio.schema()
                + ".outbox_message where kind = 'REWARD_UNLOCKED'")).as("the tier sends no email").isZero();
        program.reconciled();
    }

    @Test
    void aNewTierQueuesTheEmailsOfEveryoneAboveItAtOnceEachInItsLanguageAndSuppressedWhereNotAllowed()
            throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("loyal-i");
        String annaEmail = LoyaltyProgram.address("anna");
        String doraEmail = LoyaltyProgram.address("dora");
        String bertEmail = LoyaltyProgram.address("bert");
        long anna = program.subscribed("Anna", "Auer", annaEmail);
        long dora = program.subscribed("Dora", "Dean", doraEmail, "en");
        long bert = program.client("Bert", "Bald", bertEmail);
        program.consent(bert, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}");
        long carl = program.client("Carl", "Ohne");
        for (long client : List.of(anna, dora, bert, carl)) {
            program.studio.asOwner().body("{\"points\": 80, \"reason\": \"Startguthaben\"}")
                    .post("/clients/" + client + "/loyalty/entries").then().statusCode(201);
        }

        program.studio.asOwner().body(LoyaltyProgram.tierJson("Kaffee", "CUSTOM", null, 60, null))
                .post("/reward-tiers").then().statusCode(201)
                .body("granted", equalTo(4)).body("granting", equalTo(false));

        Map<Integer, Map<String, Object>> queued = rewardMessages(program, 4);
        assertThat(queued.get((int) bert)).containsEntry("status", "SUPPRESSED")
                .containsEntry("reason", "no-consent: not-given").containsEntry("recipient", bertEmail);
        assertThat(queued.get((int) carl)).containsEntry("status", "SUPPRESSED")
                .containsEntry("reason", "no-address").doesNotContainKey("recipient");
        assertThat(queued.get((int) anna)).containsEntry("recipient", annaEmail).containsEntry("language", "de")
                .containsEntry("subject", "Herzlichen Glückwunsch! Kaffee freigeschaltet");
        assertThat(queued.get((int) dora)).containsEntry("recipient", doraEmail).containsEntry("language", "en")
                .containsEntry("subject", "Congratulations! Kaffee unlocked");
        assertThat(List.of(queued.get((int) anna).get("status"), queued.get((int) dora).get("status")))
                .allSatisfy(status -> assertThat(status).isNotEqualTo("SUPPRESSED"));

        Mail german = Mail.of(awaitCount(annaEmail, 2).get(1));
        assertThat(german.subject()).isEqualTo("Herzlichen Glückwunsch! Kaffee freigeschaltet");
        assertThat(german.text()).contains("Hallo Anna,").contains("Sie haben „Kaffee“ freigeschaltet.")
                .contains("Ihr Punktestand: 80").contains("Abmelden: ");
        assertThat(german.header("List-Unsubscribe")).isNotNull();
        Mail english = Mail.of(awaitCount(doraEmail, 2).get(1));
        assertThat(english.subject()).isEqualTo("Congratulations! Kaffee unlocked");
        assertThat(english.text()).contains("Hello Dora,").contains("You have unlocked: Kaffee.")
                .contains("Your points: 80").contains("Unsubscribe: ");
        assertThat(Mailbox.awaitMessages(bertEmail, Duration.ofSeconds(2))).as("no consent, no mail").isEmpty();
        assertThat(rewardMessages(program, 4).values()).extracting(message -> message.get("status"))
                .containsExactlyInAnyOrder("SENT", "SENT", "SUPPRESSED", "SUPPRESSED");
        program.reconciled();
    }

    @Test
    void staffReadTheProgramAndRedeemCodesButOnlyOwnersAndManagersChangeIt() {
        LoyaltyProgram program = LoyaltyProgram.seeded("loyal-h");
        long client = program.client("Sina", "Staff");
        long tier = program.tiers.get(100);
        de.stammkunde.it.Tenants.setRole(program.studio, "STAFF");
        program.studio.asOwner().get("/loyalty/settings").then().statusCode(200);
        program.studio.asOwner().get("/reward-tiers").then().statusCode(200);
        program.studio.asOwner().get("/clients/" + client + "/loyalty").then().statusCode(200);
        program.studio.asOwner().get("/reward-codes/ABCDE-FGH23").then().statusCode(404);
        List<Response> refused = List.of(
                program.studio.asOwner().body("{\"pointsPerEuro\": 5}").put("/loyalty/settings"),
                program.studio.asOwner().body(LoyaltyProgram.tierJson("Neu", "CUSTOM", null, 10, null)).post("/reward-tiers"),
                program.studio.asOwner().body("{\"points\": 10, \"reason\": \"x\"}")
                        .post("/clients/" + client + "/loyalty/entries"),
                program.studio.asOwner().body("{\"tierId\": %d, \"reason\": \"x\"}".formatted(tier))
                        .post("/clients/" + client + "/rewards"),
                program.studio.asOwner().body("{\"months\": 12}").post("/loyalty/recalculations"),
                program.studio.asOwner().body("{\"confirm\": true}").post("/loyalty/reset"));
        assertThat(refused).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.jsonPath().getString("code")).isEqualTo("role-forbidden");
        });
        assertThat(program.balance(client)).isZero();
        de.stammkunde.it.Tenants.setRole(program.studio, "MANAGER");
        program.studio.asOwner().body("{\"points\": 10, \"reason\": \"Bonus\"}")
                .post("/clients/" + client + "/loyalty/entries").then().statusCode(201);
        program.studio.asOwner().get("/loyalty/settings").then().body("pointsPerEuro", equalTo(1));
    }

    /** Awards the cause again straight in the database, as a replayed event would; returns the rows written. */
    private static int replay(String linkedType, long linkedId, String source, long client, LoyaltyProgram program)
            throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement insert = db.prepareStatement("insert into " + program.studio.schema() + ".loyalty_entry"
                     + " (client_id, points, source, kind, linked_type, linked_id, description, actor_kind, created_at)"
                     + " values (?, 75, ?, 'award', ?, ?, 'replayed', 'SYSTEM', now())"
                     + " on conflict (source, linked_type, linked_id, kind) where kind is not null do nothing")) {
            insert.setLong(1, client);
            insert.setString(2, source);
            insert.setString(3, linkedType);
            insert.setLong(4, linkedId);
            return insert.executeUpdate();
        }
    }

    /**
     * The reward emails in the sent log by client, once there are {@code count} of them and none
     * is still on its way (at most 20 seconds).
     */
    private static Map<Integer, Map<String, Object>> rewardMessages(LoyaltyProgram program, int count)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        List<Map<String, Object>> items = List.of();
        while (System.currentTimeMillis() < deadline) {
            items = program.studio.asOwner().get("/messages?kind=reward-unlocked&size=50").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            if (items.size() >= count && items.stream().noneMatch(item -> List.of("QUEUED", "SENDING")
                    .contains(item.get("status")))) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(items).as("reward emails in the sent log").hasSize(count);
        Map<Integer, Map<String, Object>> byClient = new java.util.HashMap<>();
        items.forEach(item -> byClient.put((Integer) item.get("clientId"), item));
        return byClient;
    }

    private static List<Map<String, Object>> awaitCount(String email, int count) {
        List<Map<String, Object>> mails = Mailbox.awaitMessages(email, Duration.ofSeconds(20));
        long deadline = System.currentTimeMillis() + 20_000;
        while (mails.size() < count && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            mails = Mailbox.messages(email);
        }
        assertThat(mails).as("mails to " + email).hasSizeGreaterThanOrEqualTo(count);
        return mails;
    }
}
