package de.stammkunde.it.loyalty;

import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Mail;
import de.stammkunde.it.Mailbox;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Retroactive recalculation through the API: Thomas, a client for two years with 8 confirmed
 * portrait sessions and 2,400 € paid before the program was switched on, gets exactly the points
 * of the period, a second run adds nothing, all time gives 2,800 and every tier; the staff member
 * who started it gets an email.
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

    /** Starts a recalculation and waits until it is done; returns it. */
    private static JsonPath run(LoyaltyProgram program, String body) throws InterruptedException {
        Response started = program.studio.asOwner().body(body).post("/loyalty/recalculations");
        started.then().statusCode(202);
        return program.recalculationDone(started.jsonPath().getLong("id"));
    }
}
