package de.stammkunde.it.settings;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The business's settings through the API, and what the client-history switch does. */
class SettingsIT extends DeployedPlatform {

    private static TestTenant studio;

    @BeforeAll
    static void tenant() {
        studio = Tenants.provision("settings");
    }

    @Test
    void switchingTheHistoryOffStopsRecordingClientChangesUntilItIsOnAgain() throws SQLException {
        studio.asOwner().get("/settings").then().statusCode(200).body("clientHistory", equalTo(true));

        studio.asOwner().body("{\"clientHistory\": false}").put("/settings").then()
                .statusCode(200).body("clientHistory", equalTo(false));
        long id = studio.asOwner().body("{\"firstName\": \"Ohne\", \"lastName\": \"Verlauf\"}").post("/clients")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        studio.asOwner().header("If-Match", "\"0\"").body("{\"firstName\": \"Ohne\", \"lastName\": \"Spur\"}")
                .put("/clients/" + id).then().statusCode(200);
        studio.asOwner().get("/clients/" + id + "/history").then().statusCode(200).body("$", hasSize(0));
        assertThat(Database.count("select count(*) from " + studio.schema() + ".client_aud where id = " + id)).isZero();
        assertThat(Database.count("select count(*) from " + studio.schema() + ".client_tag_aud where client_id = " + id))
                .isZero();
        studio.asOwner().header("If-Match", "\"0\"").body("{\"firstName\": \"Ohne\", \"lastName\": \"Konflikt\"}")
                .put("/clients/" + id).then().statusCode(412);

        studio.asOwner().body("{\"clientHistory\": true}").put("/settings").then().statusCode(200);
        studio.asOwner().header("If-Match", "\"1\"")
                .body("{\"firstName\": \"Ohne\", \"lastName\": \"Spur\", \"city\": \"Köln\"}")
                .put("/clients/" + id).then().statusCode(200);
        studio.asOwner().get("/clients/" + id + "/history").then()
                .body("$", hasSize(1))
                .body("[0].actorName", equalTo("Test Owner"));
        assertThat(Database.count("select count(*) from " + studio.schema() + ".business_settings_aud a join "
                + studio.schema() + ".revision r on r.id = a.rev where r.actor_name = 'Test Owner'"))
                .as("who changed the settings is audited").isEqualTo(2);
    }

    @Test
    void staffMayReadButNotChangeTheSettingsAndBadInputIsNamed() throws SQLException {
        studio.asOwner().body("{\"clientHistory\": null}").put("/settings").then()
                .statusCode(400).body("errors[0].field", equalTo("clientHistory"));
        studio.asOwner().header("If-Match", "\"999\"").body("{\"clientHistory\": true}").put("/settings").then()
                .statusCode(409).body("code", equalTo("settings-changed"));

        setOwnerRole("STAFF");
        try {
            studio.asOwner().get("/settings").then().statusCode(200);
            studio.asOwner().body("{\"clientHistory\": false}").put("/settings").then()
                    .statusCode(403).body("code", equalTo("role-forbidden"));
            setOwnerRole("MANAGER");
            studio.asOwner().body("{\"clientHistory\": true}").put("/settings").then().statusCode(200);
        } finally {
            setOwnerRole("OWNER");
        }
    }

    private static void setOwnerRole(String role) {
        Tenants.setRole(studio, role);
    }
}
