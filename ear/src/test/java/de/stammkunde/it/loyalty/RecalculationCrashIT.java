package de.stammkunde.it.loyalty;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Mail;
import de.stammkunde.it.Mailbox;
import de.stammkunde.it.ServerProcess;
import de.stammkunde.it.Tenants;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A recalculation survives the server being killed in the middle of its run: the work of the
 * interrupted phase is rolled back with the server's transaction, the run stays RUNNING until its
 * lease runs out, and then the resume picks it up and awards every point exactly once. The test
 * holds a lock on Thomas's balance so that the run is caught inside its awarding statement, kills
 * WildFly with SIGKILL there and boots it again.
 */
class RecalculationCrashIT extends DeployedPlatform {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aRunKilledMidwayIsResumedAfterItsLeaseAndAwardsEveryPointOnce() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("crash");
        program.studio.asOwner().body("{\"enabled\": false}").put("/loyalty/settings").then().statusCode(200);
        long thomas = program.client("Thomas", "Treu");
        LocalDate today = LocalDate.now(BERLIN);
        for (int i = 0; i < 4; i++) {
            program.confirmed(thomas, program.portrait, today.minusMonths(2).plusDays(i * 7) + "T10:00");
            program.paid(thomas, 30000);
        }
        program.studio.asOwner().body("{\"enabled\": true}").put("/loyalty/settings").then().statusCode(200);
        program.studio.asOwner().body("{\"points\": 50, \"reason\": \"Treue\"}")
                .post("/clients/" + thomas + "/loyalty/entries").then().statusCode(201);
        String schema = program.studio.schema();

        ServerProcess server = ServerProcess.running();
        long id;
        long blocked;
        try (Connection lock = Database.connect()) {
            lock.setAutoCommit(false);
            long holder;
            try (Statement statement = lock.createStatement()) {
                statement.execute("select points from " + schema + ".loyalty_balance where client_id = " + thomas
                        + " for update");
                holder = single(statement, "select pg_backend_pid()");
            }
            id = program.studio.asOwner().body("{\"months\": 12}").post("/loyalty/recalculations").then()
                    .statusCode(202).extract().jsonPath().getLong("id");
            String waiting = "from pg_stat_activity where " + holder + " = any(pg_blocking_pids(pid))";
            awaitCount("the awarding statement waits for Thomas's balance", 1, "select count(*) " + waiting);
            blocked = Database.count("select pid " + waiting);
            JsonPath running = program.studio.asOwner().get("/loyalty/recalculations/" + id).jsonPath();
            assertThat(running.getString("state")).isEqualTo("RUNNING");
            assertThat(running.getString("phase")).isEqualTo("awarding");
            program.studio.asOwner().body("{\"confirm\": true}").post("/loyalty/reset").then().statusCode(409)
                    .body("code", equalTo("recalculation-running"));

            server.kill();
            lock.rollback();
        }
        awaitCount("the dead server's statement is gone", 0,
                "select count(*) from pg_stat_activity where pid = " + blocked);
        assertThat(Database.count("select count(*) from " + schema + ".loyalty_entry where source = 'RECALCULATION'"))
                .as("the interrupted phase wrote nothing").isZero();
        assertThat(Database.count("select count(*) from " + schema + ".loyalty_recalculation where id = " + id
                + " and state = 'RUNNING' and phase = 'awarding' and lease_until > now()"))
                .as("the run is still leased to the dead server").isEqualTo(1);

        server.restart();
        // no reset either while the interrupted run waits to be resumed
        program.studio.asOwner().body("{\"confirm\": true}").post("/loyalty/reset").then().statusCode(409);

        assertThat(resume(Instant.now()).getInt("resumed")).as("the lease has not run out yet").isZero();
        assertThat(program.studio.asOwner().get("/loyalty/recalculations/" + id).jsonPath().getString("state"))
                .isEqualTo("RUNNING");
        assertThat(resume(Instant.now().plus(Duration.ofMinutes(11))).getInt("resumed")).isEqualTo(1);

        JsonPath done = program.studio.asOwner().get("/loyalty/recalculations/" + id).then().statusCode(200)
                .body("state", equalTo("DONE")).extract().jsonPath();
        assertThat(done.getInt("payments")).isEqualTo(4);
        assertThat(done.getInt("sessions")).isEqualTo(4);
        assertThat(done.getLong("points")).isEqualTo(1400);
        assertThat(done.getInt("rewards")).isEqualTo(4);
        assertThat(program.balance(thomas)).isEqualTo(1450);
        List<Map<String, Object>> ledger = program.ledger(thomas);
        assertThat(ledger).filteredOn(entry -> "RECALCULATION".equals(entry.get("source"))).hasSize(8);
        assertThat(program.rewards(thomas)).hasSize(4);
        program.reconciled();
        assertThat(Mailbox.awaitMessages(program.studio.ownerEmail(), Duration.ofSeconds(20)).stream()
                .map(Mail::of).map(Mail::subject))
                .anySatisfy(subject -> assertThat(subject).endsWith("Neuberechnung der Punkte abgeschlossen"));

        assertThat(resume(Instant.now().plus(Duration.ofMinutes(11))).getInt("resumed"))
                .as("a finished run is not resumed again").isZero();
        long again = program.studio.asOwner().body("{\"months\": 12}").post("/loyalty/recalculations").then()
                .statusCode(202).extract().jsonPath().getLong("id");
        JsonPath second = program.recalculationDone(again);
        assertThat(second.getLong("points")).as("a second run is a no-op").isZero();
        assertThat(program.balance(thomas)).isEqualTo(1450);
        program.reconciled();
    }

    private static JsonPath resume(Instant asOf) {
        return Tenants.asOperator().body("{\"asOf\": \"" + asOf + "\"}").post("/v1/operator/jobs/recalculations")
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void awaitCount(String what, long expected, String sql) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        long count = -1;
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
                count = single(statement, sql);
            }
            if (count == expected) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(count).as(what).isEqualTo(expected);
    }
}
