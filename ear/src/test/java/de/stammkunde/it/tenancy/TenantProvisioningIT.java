package de.stammkunde.it.tenancy;

import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.DemoUsers;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.Mailbox;
import de.stammkunde.it.Database;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/** Operators create tenants that are usable at once, or nothing at all. */
class TenantProvisioningIT extends DeployedPlatform {

    @Test
    void aNewTenantIsUsableAtOnceByItsInvitedOwner() throws Exception {
        TestTenant tenant = Tenants.provision("studio");

        Tenants.asOperator().get("/v1/operator/tenants/" + tenant.slug()).then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("schemaName", equalTo("t_" + tenant.slug().replace('-', '_')))
                .body("schemaVersion", equalTo(TestPlatform.TENANT_SCHEMA_VERSION))
                .body("timeZone", equalTo("Europe/Berlin"));

        List<Map<String, Object>> mail = Mailbox.awaitMessages(tenant.ownerEmail(), Duration.ofSeconds(10));
        assertThat(mail).extracting(message -> message.get("subject"))
                .contains("Willkommen bei Stammkunde: Studio " + tenant.slug());
        assertThat(mail.toString()).contains("/app/" + tenant.slug() + "/");

        RestAssured.given().auth().oauth2(tenant.ownerToken()).get(TestPlatform.apiUrl() + "/v1/me").then()
                .body("organizations", hasItem(tenant.slug()));
        tenant.asOwner().body("{\"firstName\": \"Erste\", \"lastName\": \"Kundin\"}").post("/clients").then()
                .statusCode(201);
        assertThat(Database.count("select count(*) from platform.membership m join platform.tenant t"
                + " on t.id = m.tenant_id where t.slug = '" + tenant.slug() + "' and m.role = 'OWNER'")).isEqualTo(1);
    }

    @Test
    void listsTenantsWithTheirSchemaVersion() {
        TestTenant tenant = Tenants.provision("listed");

        Tenants.asOperator().get("/v1/operator/tenants").then()
                .statusCode(200)
                .body("slug", hasItem(tenant.slug()))
                .body("find { it.slug == '" + tenant.slug() + "' }.schemaVersion", equalTo(TestPlatform.TENANT_SCHEMA_VERSION));
    }

    @Test
    void refusesATakenSlug() {
        TestTenant tenant = Tenants.provision("taken");

        Tenants.asOperator().body("""
                {"slug": "%s", "name": "Copy", "ownerEmail": "someone@example.org"}""".formatted(tenant.slug()))
                .post("/v1/operator/tenants").then()
                .statusCode(409)
                .body("code", equalTo("tenant-exists"));
    }

    @Test
    void namesEveryBadFieldAndCreatesNothing() throws Exception {
        Tenants.asOperator().body("""
                {"slug": "9-Bad_Slug", "name": " ", "locale": "fr", "timeZone": "Mars/Olympus", "ownerEmail": "nobody"}""")
                .post("/v1/operator/tenants").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItems("slug", "name", "locale", "timeZone", "ownerEmail"));

        assertThat(Database.count("select count(*) from platform.tenant where name = ' '")).isZero();
    }

    @Test
    void leavesNoHalfMadeTenantWhenKeycloakRefuses() throws Exception {
        String slug = Tenants.uniqueSlug("clash");
        String outsideOrganization = Keycloak.createOrganization(slug);

        Tenants.asOperator().body("""
                {"slug": "%s", "name": "Clash", "ownerEmail": "owner@%s.example"}""".formatted(slug, slug))
                .post("/v1/operator/tenants").then()
                .statusCode(503)
                .body("code", equalTo("provisioning-failed"));

        Tenants.asOperator().get("/v1/operator/tenants/" + slug).then().statusCode(404);
        String schema = "t_" + slug.replace('-', '_');
        assertThat(Database.count("select count(*) from pg_namespace where nspname = '" + schema + "'")).isZero();
        assertThat(Database.count("select count(*) from pg_roles where rolname = '" + schema + "_owner'")).isZero();
        assertThat(Keycloak.organizationExists(outsideOrganization)).as("the undo leaves others' organizations alone").isTrue();

        Keycloak.deleteOrganization(outsideOrganization);
        Tenants.asOperator().body("""
                {"slug": "%s", "name": "Clash", "ownerEmail": "owner@%s.example"}""".formatted(slug, slug))
                .post("/v1/operator/tenants").then()
                .statusCode(201)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void onlyOperatorsManageTenants() {
        RestAssured.given().auth().oauth2(Keycloak.accessToken(DemoUsers.OWNER)).contentType("application/json")
                .body("{\"slug\": \"sneaky\", \"name\": \"Sneaky\", \"ownerEmail\": \"x@example.org\"}")
                .post(TestPlatform.apiUrl() + "/v1/operator/tenants").then()
                .statusCode(403)
                .body("code", equalTo("forbidden"));
        RestAssured.given().auth().oauth2(Keycloak.accessToken(DemoUsers.OWNER))
                .get(TestPlatform.apiUrl() + "/v1/operator/tenants").then()
                .statusCode(403);
    }
}
