package de.stammkunde.it.loyalty;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Tenants;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** The leaderboard through the API: statistics, top 3, filtered ranking, who is close, charts, CSV exports. */
class LeaderboardIT extends DeployedPlatform {

    @Test
    void theLeaderboardRanksFiltersAndExportsTheClientsWithPoints() {
        LoyaltyProgram program = LoyaltyProgram.seeded("leaders");
        long anna = program.client("Anna", "Erste");
        long ben = program.client("Ben", "Dritter");
        long carl = program.client("Carl", "Knapp");
        program.client("Dora", "Ohnepunkte");
        long emil = program.client("Emil", "Empfohlen");
        program.studio.asOwner().body("{\"referredClientId\": %d}".formatted(emil))
                .post("/clients/" + anna + "/referrals").then().statusCode(201);
        program.paid(anna, 50000);
        program.paid(ben, 12000);
        program.paid(carl, 9000);
        program.paid(emil, 24000);

        JsonPath board = program.studio.asOwner().get("/loyalty/leaderboard").then().statusCode(200)
                .extract().jsonPath();
        assertThat(board.getLong("statistics.clients")).isEqualTo(5);
        assertThat(board.getLong("statistics.activeMembers")).isEqualTo(4);
        assertThat(board.getLong("statistics.pointsDistributed")).isEqualTo(950);
        assertThat(board.getLong("statistics.referrals")).isEqualTo(1);
        assertThat(board.getLong("statistics.rewardsGranted")).isEqualTo(5);
        assertThat(board.getList("top.name", String.class)).containsExactly("Anna Erste", "Emil Empfohlen", "Ben Dritter");
        assertThat(board.getList("ranking.items.rank", Integer.class)).containsExactly(1, 2, 3, 4);
        assertThat(board.getLong("ranking.total")).isEqualTo(4);
        assertThat(board.getInt("ranking.items[0].referrals")).isEqualTo(1);
        assertThat(board.getInt("ranking.items[0].rewards")).isEqualTo(3);
        assertThat(board.getString("popularRewards[0].rewardName")).isEqualTo("Promocode 10 €");
        assertThat(board.getLong("popularRewards[0].granted")).isEqualTo(3);
        assertThat(board.getList("closeToNext.name", String.class)).containsExactlyInAnyOrder("Carl Knapp", "Emil Empfohlen");
        assertThat(board.getString("closeToNext.find { it.name == 'Carl Knapp' }.rewardName")).isEqualTo("Promocode 10 €");
        assertThat(board.getLong("closeToNext.find { it.name == 'Carl Knapp' }.missing")).isEqualTo(10);
        String month = LocalDate.now(ZoneId.of("Europe/Berlin")).toString().substring(0, 7);
        assertThat(board.getLong("pointsPerMonth.find { it.month == '%s' && it.source == 'PAYMENT' }.points"
                .formatted(month))).isEqualTo(950);
        assertThat(board.getLong("grantsPerMonth.find { it.month == '%s' }.count".formatted(month))).isEqualTo(5);

        assertThat(names(program, "minPoints=200")).containsExactly("Anna Erste", "Emil Empfohlen");
        assertThat(names(program, "referrals=with")).containsExactly("Anna Erste");
        assertThat(names(program, "rewards=without")).containsExactly("Carl Knapp");
        assertThat(names(program, "q=BEN")).containsExactly("Ben Dritter");
        program.studio.asOwner().get("/loyalty/leaderboard?q=ben").then().body("ranking.items[0].rank", equalTo(3));
        assertThat(names(program, "page=1&size=2")).containsExactly("Ben Dritter", "Carl Knapp");
        program.studio.asOwner().get("/loyalty/leaderboard?referrals=maybe&size=0").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("referrals", "size"));

        String csv = program.studio.asOwner().accept("text/csv").get("/loyalty/leaderboard?minPoints=100").then()
                .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertThat(csv.lines()).containsExactly("rank,clientId,name,points,referrals,rewards",
                "1," + anna + ",Anna Erste,500,1,3", "2," + emil + ",Emil Empfohlen,240,0,1",
                "3," + ben + ",Ben Dritter,120,0,1");
        String ledger = program.studio.asOwner().accept("text/csv").get("/clients/" + anna + "/loyalty/ledger").then()
                .statusCode(200).extract().asString();
        assertThat(ledger.lines()).hasSize(2).first().asString().startsWith("id,createdAt,points,source");
        assertThat(ledger.lines().skip(1).findFirst().orElseThrow()).contains(",500,PAYMENT,award,invoice,");
        program.studio.asOwner().accept("text/csv").get("/clients/999999/loyalty/ledger").then().statusCode(404);
    }

    /**
     * The statistics and charts come from summaries that triggers keep in step with the ledger and
     * the grants, one row per statement, folded once more than 200 are new: after 210 manual
     * entries and a redemption the figures are exact and the summary is folded to a few rows.
     */
    @Test
    void theStatisticsStayExactThroughManyChangesAndFolding() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("rollup");
        long anna = program.client("Anna", "Viele");
        program.paid(anna, 12000);
        String code = program.account(anna).getString("rewards[0].code");
        program.studio.asOwner().post("/reward-codes/" + code + "/redeem").then().statusCode(200);
        for (int i = 1; i <= 210; i++) {
            program.studio.asOwner().body("{\"points\": %d, \"reason\": \"Bonus %d\"}".formatted(i % 2 == 0 ? 2 : -1, i))
                    .post("/clients/" + anna + "/loyalty/entries").then().statusCode(201);
        }
        String schema = program.studio.schema();
        assertThat(Database.count("select count(*) from " + schema + ".loyalty_points_rollup where not folded"))
                .as("one summary row per ledger statement until folded").isEqualTo(211);

        JsonPath board = program.studio.asOwner().get("/loyalty/leaderboard").then().statusCode(200)
                .extract().jsonPath();
        assertThat(board.getLong("statistics.pointsDistributed")).as("120 paid + 105 × 2, the deductions not")
                .isEqualTo(330);
        assertThat(board.getLong("statistics.rewardsGranted")).isEqualTo(1);
        assertThat(board.getLong("statistics.rewardsRedeemed")).isEqualTo(1);
        assertThat(board.getLong("popularRewards[0].redeemed")).isEqualTo(1);
        String month = LocalDate.now(ZoneId.of("Europe/Berlin")).toString().substring(0, 7);
        assertThat(board.getLong("pointsPerMonth.find { it.month == '%s' && it.source == 'MANUAL' }.points"
                .formatted(month))).isEqualTo(105);
        assertThat(board.getLong("ranking.items[0].points")).isEqualTo(225);
        assertThat(Database.count("select count(*) from " + schema + ".loyalty_points_rollup where not folded"))
                .isZero();
        assertThat(Database.count("select count(*) from " + schema + ".loyalty_points_rollup"))
                .as("folded to a row per quarter hour and source").isBetween(2L, 4L);
    }

    /** The hourly fold (operator job {@code loyalty-rollups}) folds even a few new rows; the figures stay. */
    @Test
    void theOperatorJobFoldsEvenAFewNewSummaryRows() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("fold");
        long anna = program.client("Anna", "Wenig");
        program.paid(anna, 12000);
        program.studio.asOwner().body("{\"points\": 5, \"reason\": \"Bonus\"}")
                .post("/clients/" + anna + "/loyalty/entries").then().statusCode(201);
        String schema = program.studio.schema();
        String unfoldedPoints = "select count(*) from " + schema + ".loyalty_points_rollup where not folded";
        String unfoldedGrants = "select count(*) from " + schema + ".reward_grant_rollup where not folded";
        assertThat(Database.count(unfoldedPoints)).as("the payment and the manual entry").isEqualTo(2);
        assertThat(Database.count(unfoldedGrants)).as("the promo code").isEqualTo(1);

        Tenants.asOperator().body("{}").post("/v1/operator/jobs/loyalty-rollups").then().statusCode(200)
                .body("folded", greaterThanOrEqualTo(3));
        assertThat(Database.count(unfoldedPoints)).isZero();
        assertThat(Database.count(unfoldedGrants)).isZero();
        JsonPath board = program.studio.asOwner().get("/loyalty/leaderboard").then().statusCode(200)
                .extract().jsonPath();
        assertThat(board.getLong("statistics.pointsDistributed")).isEqualTo(125);
        assertThat(board.getLong("statistics.rewardsGranted")).isEqualTo(1);
        assertThat(board.getString("popularRewards[0].rewardName")).isEqualTo("Promocode 10 €");
    }

    private static List<String> names(LoyaltyProgram program, String query) {
        return program.studio.asOwner().get("/loyalty/leaderboard?" + query).then().statusCode(200).extract()
                .jsonPath().getList("ranking.items.name", String.class);
    }
}
