package de.stammkunde.it.tenancy;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Migrating all tenants goes on past a broken one, marks it, and a retry clears the mark. */
class TenantMigrationIT extends DeployedPlatform {

    @Test
    void oneBrokenTenantIsMarkedAndTheOthersAreMigrated() throws SQLException {
        TestTenant healthy = Tenants.provision("mig-ok");
        TestTenant broken = Tenants.provision("mig-broken");
        String history = broken.schema() + ".flyway_schema_history";
        execute("update " + history + " set checksum = checksum + 1 where version = '1'");

        Tenants.asOperator().post("/v1/operator/tenants/migrations").then()
                .statusCode(200)
                .body("find { it.slug == '" + healthy.slug() + "' }.error", nullValue())
                .body("find { it.slug == '" + healthy.slug() + "' }.schemaVersion", equalTo(TestPlatform.TENANT_SCHEMA_VERSION))
                .body("find { it.slug == '" + broken.slug() + "' }.error", notNullValue());
        Tenants.asOperator().get("/v1/operator/tenants/" + broken.slug()).then()
                .body("migrationError", notNullValue());
        healthy.asOwner().get("/clients").then().statusCode(200);

        execute("update " + history + " set checksum = checksum - 1 where version = '1'");
        Tenants.asOperator().post("/v1/operator/tenants/" + broken.slug() + "/migration").then()
                .statusCode(200)
                .body("error", nullValue());
        Tenants.asOperator().get("/v1/operator/tenants/" + broken.slug()).then()
                .body("migrationError", nullValue())
                .body("schemaVersion", equalTo(TestPlatform.TENANT_SCHEMA_VERSION));
    }

    @Test
    void retryingAnUnknownTenantIsNotFound() {
        Tenants.asOperator().post("/v1/operator/tenants/no-such-tenant/migration").then()
                .statusCode(404)
                .body("code", equalTo("tenant-not-found"));
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
