package de.stammkunde.it.appointment;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Session types through the API: validation, unique names, optimistic locking, roles, audit. */
class SessionTypeIT extends DeployedPlatform {

    private static TestTenant studio;

    @BeforeAll
    static void tenant() {
        studio = Tenants.provision("session-types");
    }

    @Test
    void ownersCreateAndChangeSessionTypesAndEveryChangeIsAudited() throws SQLException {
        Response created = studio.asOwner()
                .body("{\"name\": \" Porträt \", \"durationMinutes\": 60, \"defaultPriceCents\": 12900}")
                .post("/session-types");
        created.then().statusCode(201)
                .body("name", equalTo("Porträt"))
                .body("defaultPriceCents", equalTo(12900))
                .body("active", equalTo(true));
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.header("Location")).endsWith("/session-types/" + id);

        studio.asOwner().header("If-Match", "\"0\"")
                .body("{\"name\": \"Porträt\", \"durationMinutes\": 90, \"defaultPriceCents\": 14900, \"active\": false}")
                .put("/session-types/" + id).then()
                .statusCode(200).body("durationMinutes", equalTo(90)).body("active", equalTo(false));
        studio.asOwner().header("If-Match", "\"0\"")
                .body("{\"name\": \"Porträt\", \"durationMinutes\": 30, \"defaultPriceCents\": 1}")
                .put("/session-types/" + id).then()
                .statusCode(409).body("code", equalTo("session-type-changed"));
        studio.asOwner().body("{\"name\": \"Porträt\", \"durationMinutes\": 30, \"defaultPriceCents\": 1}")
                .put("/session-types/" + id).then()
                .statusCode(428);

        studio.asOwner().get("/session-types/" + id).then().statusCode(200).body("durationMinutes", equalTo(90));
        assertThat(Database.count("select count(*) from " + studio.schema() + ".session_type_aud a join " + studio.schema()
                + ".revision r on r.id = a.rev where a.id = " + id + " and r.actor_name = 'Test Owner'"))
                .as("creation and change audited with who").isEqualTo(2);
    }

    @Test
    void listsByNameAndOnlyTheActiveOnesWhenAsked() {
        create("Zz-Familie", 120, 19900, true);
        create("Aa-Haarschnitt", 45, 3900, true);
        create("Mm-Archiv", 30, 0, false);

        List<String> all = studio.asOwner().get("/session-types").then().statusCode(200)
                .extract().jsonPath().getList("name");
        assertThat(all).contains("Aa-Haarschnitt", "Mm-Archiv", "Zz-Familie")
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        List<String> active = studio.asOwner().get("/session-types?active=true").then().statusCode(200)
                .extract().jsonPath().getList("name");
        assertThat(active).contains("Aa-Haarschnitt", "Zz-Familie").doesNotContain("Mm-Archiv");
    }

    @Test
    void namesEveryBadFieldAndRefusesATakenName() {
        studio.asOwner().body("{\"name\": \"\", \"durationMinutes\": 2, \"defaultPriceCents\": -5}")
                .post("/session-types").then()
                .statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("code", equalTo("validation-failed"))
                .body("errors.field", contains("defaultPriceCents", "durationMinutes", "name"));

        create("Hochzeit", 480, 150000, true);
        studio.asOwner().body("{\"name\": \"HOCHZEIT\", \"durationMinutes\": 60, \"defaultPriceCents\": 0}")
                .post("/session-types").then()
                .statusCode(409).body("code", equalTo("session-type-exists"));
        studio.asOwner().get("/session-types/999999").then()
                .statusCode(404).body("code", equalTo("session-type-not-found"));
    }

    @Test
    void staffReadSessionTypesButOnlyOwnersAndManagersChangeThem() throws SQLException {
        long id = create("Bewerbungsfoto", 20, 2500, true);
        Roles.set(studio, "STAFF");
        try {
            studio.asOwner().get("/session-types").then().statusCode(200);
            studio.asOwner().body("{\"name\": \"Passfoto\", \"durationMinutes\": 10, \"defaultPriceCents\": 1500}")
                    .post("/session-types").then()
                    .statusCode(403).body("code", equalTo("role-forbidden"));
            studio.asOwner().header("If-Match", "\"0\"")
                    .body("{\"name\": \"Passfoto\", \"durationMinutes\": 10, \"defaultPriceCents\": 1500}")
                    .put("/session-types/" + id).then()
                    .statusCode(403).body("code", equalTo("role-forbidden"));
            Roles.set(studio, "MANAGER");
            studio.asOwner().header("If-Match", "\"0\"")
                    .body("{\"name\": \"Passfoto\", \"durationMinutes\": 10, \"defaultPriceCents\": 1500}")
                    .put("/session-types/" + id).then()
                    .statusCode(200).body("name", equalTo("Passfoto"));
        } finally {
            Roles.set(studio, "OWNER");
        }
    }

    private static long create(String name, int minutes, long cents, boolean active) {
        return studio.asOwner().body("{\"name\": \"%s\", \"durationMinutes\": %d, \"defaultPriceCents\": %d, \"active\": %s}"
                        .formatted(name, minutes, cents, active))
                .post("/session-types").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
