package de.stammkunde.it.loyalty;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Mail;
import de.stammkunde.it.Mailbox;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Retroactive recalculation through the API: Thomas, a client for two years with 8 confirmed
 * portrait sessions and 2,400 € paid before the program was switched on, gets exactly the points
 * of the period, a second run adds nothing, all time gives 2,800 and every tier; the staff member
 * who started it gets an email. A tenant with more than a thousand clients gets its first thousand
 * in a transaction of their own (so that statistics can follow the ledger's growth) and the rest in
 * a second one, every point once.
 */
class RecalculationIT extends DeployedPlatform {

    @Test
    void thomasGetsThePointsOfThePeriodOnceAndAllTimeGivesEveryTier() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("recalc");
        long thomas = program.thomasWithoutPoints();
        assertThat(program.balance(thomas)).as("the program was off").isZero();

        program.studio.asOwner().get("/loyalty/recalculations/preview?months=5").then().statusCode(400)
                .body("errors[0].field", equalTo("months"));
        JsonPath preview = program.studio.asOwner().get("/loyalty/recalculations/preview?months=12").then()
                .statusCode(200).extract().jsonPath();
        assertThat(preview.getInt("payments")).isEqualTo(4);
        assertThat(preview.getInt("sessions")).isEqualTo(4);
        assertThat(preview.getLong("points")).isEqualTo(1400);
        assertThat(preview.getList("perClient.clientId", Integer.class)).containsExactly((int) thomas);
        assertThat(preview.getList("perClient[0].rewards", String.class))
                .containsExactly("Promocode 10 €", "Gutschein 25 €", "Promocode 50 €", "Gratis-Shooting");
        assertThat(program.balance(thomas)).as("a preview writes nothing").isZero();

        JsonPath first = run(program, "{\"months\": 12}");
        assertThat(first.getInt("payments")).isEqualTo(4);
        assertThat(first.getInt("sessions")).isEqualTo(4);
        assertThat(first.getLong("points")).isEqualTo(1400);
        assertThat(first.getInt("rewards")).isEqualTo(4);
        assertThat(program.balance(thomas)).isEqualTo(1400);
        assertThat(program.rewards(thomas)).hasSize(4);
        List<Map<String, Object>> ledger = program.ledger(thomas);
        assertThat(ledger).hasSize(8).allSatisfy(entry -> assertThat(entry).containsEntry("source", "RECALCULATION"));

        List<Map<String, Object>> mails = Mailbox.awaitMessages(program.studio.ownerEmail(), Duration.ofSeconds(20));
        assertThat(mails.stream().map(Mail::of).map(Mail::subject))
                .anySatisfy(subject -> assertThat(subject).endsWith("Neuberechnung der Punkte abgeschlossen"));

        JsonPath again = run(program, "{\"months\": 12}");
        assertThat(again.getLong("points")).as("a second run is a no-op").isZero();
        assertThat(program.balance(thomas)).isEqualTo(1400);

        JsonPath allTime = run(program, "{}");
        assertThat(allTime.getLong("points")).isEqualTo(1400);
        assertThat(program.balance(thomas)).isEqualTo(2800);
        assertThat(program.rewards(thomas)).containsExactlyInAnyOrder("Promocode 10 €", "Gutschein 25 €",
                "Promocode 50 €", "Gratis-Shooting");
        program.studio.asOwner().get("/loyalty/recalculations").then().statusCode(200)
                .body("size()", equalTo(3)).body("[0].months", nullValue());
        program.reconciled();

        program.studio.asOwner().body("{\"points\": 50, \"reason\": \"Treue\"}")
                .post("/clients/" + thomas + "/loyalty/entries").then().statusCode(201);
        program.studio.asOwner().body("{}").post("/loyalty/reset").then().statusCode(400)
                .body("errors[0].field", equalTo("confirm"));
        assertThat(program.balance(thomas)).isEqualTo(2850);
        program.studio.asOwner().body("{\"confirm\": true}").post("/loyalty/reset").then().statusCode(200)
                .body("entries", equalTo(16)).body("points", equalTo(2800)).body("clients", equalTo(1));
        assertThat(program.balance(thomas)).as("manual points stay").isEqualTo(50);
        assertThat(program.rewards(thomas)).as("rewards stay").hasSize(4);
        assertThat(program.ledger(thomas).get(0)).containsEntry("source", "REVERSAL").containsEntry("kind", "reset");
        program.studio.asOwner().body("{\"confirm\": true}").post("/loyalty/reset").then().statusCode(200)
                .body("entries", equalTo(0));
        program.reconciled();
    }

    @Test
    void aTenantWithMoreThanAThousandClientsGetsTheFirstThousandInATransactionOfTheirOwnAndEveryPointAndRewardOnce()
            throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("recalc-s");
        String schema = program.studio.schema();
        int many = 1100;
        // clients with one paid invoice of 120 € each and no points, as if the program had just been
        // switched on: each is due 120 points and the 100-point tier
        program.clientsBySql(many,
                "insert into %1$s.invoice (id, version, client_id, status, total_cents, paid_cents, refunded_cents,"
                        + " created_at, created_by_kind, created_by_id, created_by_name)"
                        + " select 900000000 + n, 1, 900000000 + n, 'PAID', 12000, 12000, 0, now(), 'STAFF', 'test', 'Test'"
                        + " from generate_series(1, %2$d) n",
                "insert into %1$s.payment (id, invoice_id, amount_cents, method, kind, paid_at, recorded_at, actor_kind,"
                        + " actor_id, actor_name)"
                        + " select 900000000 + n, 900000000 + n, 12000, 'CARD', 'OTHER', now(), now(), 'STAFF', 'test', 'Test'"
                        + " from generate_series(1, %2$d) n");

        JsonPath run = run(program, "{}");
        assertThat(run.getInt("payments")).isEqualTo(many);
        assertThat(run.getLong("points")).isEqualTo(120L * many);
        assertThat(run.getInt("clients")).isEqualTo(many);
        assertThat(run.getInt("rewards")).isEqualTo(many);
        // the first thousand clients alone, then the rest; the grants a thousand per transaction
        assertThat(transactions(schema + ".loyalty_entry where source = 'RECALCULATION'"))
                .as("entries, first and last client of each transaction")
                .containsExactly(List.of(1000L, 1L, 1000L), List.of(100L, 1001L, (long) many));
        assertThat(transactions(schema + ".reward_grant where tier_id = " + program.tiers.get(100)))
                .as("grants, first and last client of each transaction")
                .containsExactly(List.of(1000L, 1L, 1000L), List.of(100L, 1001L, (long) many));
        assertThat(run(program, "{}").getLong("points")).as("a second run is a no-op").isZero();
        program.reconciled();
    }

    /** Per transaction that wrote the rows: how many, the first and the last client (less 900,000,000). */
    private static List<List<Long>> transactions(String rows) throws Exception {
        try (Connection db = Database.connect(); Statement sql = db.createStatement();
             ResultSet found = sql.executeQuery("select count(*), min(client_id) - 900000000, max(client_id) - 900000000"
                     + " from " + rows + " group by xmin::text order by 2")) {
            List<List<Long>> written = new ArrayList<>();
            while (found.next()) {
                written.add(List.of(found.getLong(1), found.getLong(2), found.getLong(3)));
            }
            return written;
        }
    }

    /** Starts a recalculation and waits until it is done; returns it. */
    private static JsonPath run(LoyaltyProgram program, String body) throws InterruptedException {
        Response started = program.studio.asOwner().body(body).post("/loyalty/recalculations");
        started.then().statusCode(202);
        return program.recalculationDone(started.jsonPath().getLong("id"));
    }
}
