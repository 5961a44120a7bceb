package de.stammkunde.it.tenancy;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * No tenant sees or touches another tenant's data: through the API, and in the database itself.
 * Every tenant-scoped endpoint is listed in {@link #ENDPOINTS} and tried with a foreign token.
 */
class TenantIsolationIT extends DeployedPlatform {

    /** Every tenant-scoped endpoint: method, path below /v1/tenants/{tenant}, accepted media type. */
    static final List<String[]> ENDPOINTS = List.of(
            new String[] {"GET", "/clients"},
            new String[] {"GET", "/clients", "text/csv"},
            new String[] {"POST", "/clients"},
            new String[] {"GET", "/clients/1"},
            new String[] {"PUT", "/clients/1"},
            new String[] {"DELETE", "/clients/1"},
            new String[] {"GET", "/clients/1/history"},
            new String[] {"GET", "/clients/tags"},
            new String[] {"POST", "/clients/import?dryRun=true"},
            new String[] {"POST", "/clients/import"},
            new String[] {"GET", "/clients/import/1"},
            new String[] {"GET", "/campaigns"},
            new String[] {"POST", "/campaigns"},
            new String[] {"GET", "/campaigns/1"},
            new String[] {"PUT", "/campaigns/1"},
            new String[] {"POST", "/campaigns/1/preview"},
            new String[] {"POST", "/campaigns/1/schedule"},
            new String[] {"POST", "/campaigns/1/send"},
            new String[] {"POST", "/campaigns/1/cancel"},
            new String[] {"GET", "/loyalty/settings"},
            new String[] {"PUT", "/loyalty/settings"},
            new String[] {"GET", "/loyalty/reconciliation"},
            new String[] {"GET", "/loyalty/recalculations"},
            new String[] {"GET", "/loyalty/recalculations/preview?months=12"},
            new String[] {"POST", "/loyalty/recalculations"},
            new String[] {"POST", "/loyalty/reset"},
            new String[] {"GET", "/loyalty/leaderboard"},
            new String[] {"GET", "/loyalty/leaderboard", "text/csv"},
            new String[] {"GET", "/clients/1/loyalty/ledger", "text/csv"},
            new String[] {"GET", "/loyalty/recalculations/1"},
            new String[] {"GET", "/clients/1/loyalty"},
            new String[] {"GET", "/clients/1/loyalty/ledger"},
            new String[] {"POST", "/clients/1/loyalty/entries"},
            new String[] {"GET", "/clients/1/rewards"},
            new String[] {"POST", "/clients/1/rewards"},
            new String[] {"GET", "/reward-tiers"},
            new String[] {"POST", "/reward-tiers"},
            new String[] {"GET", "/reward-tiers/preview?threshold=1"},
            new String[] {"GET", "/reward-tiers/1"},
            new String[] {"PUT", "/reward-tiers/1"},
            new String[] {"GET", "/reward-codes/ABCDE-FGH23"},
            new String[] {"POST", "/reward-codes/ABCDE-FGH23/redeem"},
            new String[] {"POST", "/reward-codes/ABCDE-FGH23/revoke"},
            new String[] {"GET", "/clients/1/referral-code"},
            new String[] {"POST", "/clients/1/referral-code/pseudonym"},
            new String[] {"GET", "/referral-codes/MARIE-DUPONT"},
            new String[] {"GET", "/clients/1/referrals"},
            new String[] {"POST", "/clients/1/referrals"},
            new String[] {"GET", "/referral/settings"},
            new String[] {"PUT", "/referral/settings"},
            new String[] {"GET", "/settings"},
            new String[] {"PUT", "/settings"},
            new String[] {"GET", "/clients/1/consents"},
            new String[] {"PUT", "/clients/1/consents/data-processing"},
            new String[] {"GET", "/clients/1/consents/trail"},
            new String[] {"POST", "/clients/1/consents/link"},
            new String[] {"GET", "/clients/1/consents/decision?purpose=data-processing&channel=ANY"},
            new String[] {"GET", "/consents/texts"},
            new String[] {"GET", "/consents/texts/outdated"},
            new String[] {"POST", "/consents/texts"},
            new String[] {"GET", "/staff"},
            new String[] {"POST", "/staff"},
            new String[] {"PUT", "/staff/1"},
            new String[] {"DELETE", "/staff/1"},
            new String[] {"GET", "/invoices"},
            new String[] {"POST", "/invoices"},
            new String[] {"GET", "/invoices/1"},
            new String[] {"POST", "/invoices/1/payments"},
            new String[] {"GET", "/invoices/1/payments/1"},
            new String[] {"POST", "/invoices/1/cancel"},
            new String[] {"POST", "/invoices/1/refund"},
            new String[] {"GET", "/session-types"},
            new String[] {"POST", "/session-types"},
            new String[] {"GET", "/session-types/1"},
            new String[] {"PUT", "/session-types/1"},
            new String[] {"GET", "/appointments"},
            new String[] {"POST", "/appointments"},
            new String[] {"GET", "/appointments/1"},
            new String[] {"PUT", "/appointments/1"},
            new String[] {"GET", "/appointments/1/transitions"},
            new String[] {"GET", "/api-keys"},
            new String[] {"POST", "/api-keys"},
            new String[] {"DELETE", "/api-keys/1"},
            new String[] {"POST", "/appointments/1/confirm"},
            new String[] {"POST", "/appointments/1/complete"},
            new String[] {"POST", "/appointments/1/cancel"},
            new String[] {"POST", "/appointments/1/no-show"},
            new String[] {"GET", "/messages"},
            new String[] {"GET", "/messages/counts"},
            new String[] {"GET", "/messages/1"},
            new String[] {"POST", "/messages/1/resend"},
            new String[] {"POST", "/clients/1/consent-requests"},
            new String[] {"GET", "/message-templates"},
            new String[] {"GET", "/message-templates/birthday/email/de"},
            new String[] {"PUT", "/message-templates/birthday/email/de"},
            new String[] {"DELETE", "/message-templates/birthday/email/de"},
            new String[] {"POST", "/message-templates/birthday/email/de/preview"},
            new String[] {"GET", "/sms-credits"},
            new String[] {"GET", "/sms/recorded"},
            new String[] {"POST", "/sms/checks"});

    private static TestTenant a;
    private static TestTenant b;

    @BeforeAll
    static void twoTenants() {
        a = Tenants.provision("iso-a");
        b = Tenants.provision("iso-b");
    }

    @Test
    void whatAWritesBFindsNothingOf() {
        long id = createClient(a, "Anna", "Aus-A").jsonPath().getLong("id");

        b.asOwner().get("/clients").then().statusCode(200).body("total", equalTo(0));
        b.asOwner().get("/clients?q=Aus-A").then().statusCode(200).body("total", equalTo(0));
        b.asOwner().get("/clients/" + id).then().statusCode(404);
    }

    @Test
    void anImportLandsOnlyInItsOwnTenant() {
        String run = a.asOwner().contentType("text/csv; charset=UTF-8").body("Vorname,Nachname,Schlagwörter\nImport,Nur-A,nur-a\n")
                .post("/clients/import").then().statusCode(202).extract().path("id").toString();
        await(() -> a.asOwner().get("/clients/import/" + run).then().extract().path("status"), "DONE");

        b.asOwner().get("/clients/import/" + run).then().statusCode(404);
        b.asOwner().get("/clients?q=Nur-A").then().body("total", equalTo(0));
        b.asOwner().get("/clients/tags").then().statusCode(200).body("$", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem("nur-a")));
        a.asOwner().get("/clients?tag=nur-a").then().body("total", equalTo(1));
    }

    static void await(java.util.function.Supplier<Object> value, Object expected) {
        long deadline = System.currentTimeMillis() + 30_000;
        Object last = value.get();
        while (!expected.equals(last) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = value.get();
        }
        assertThat(last).isEqualTo(expected);
    }

    @Test
    void theSameIdsLiveSideBySideInTwoTenants() {
        TestTenant c = Tenants.provision("same-c");
        TestTenant d = Tenants.provision("same-d");
        long inC = createClient(c, "Carla", "Cee").jsonPath().getLong("id");
        long inD = createClient(d, "Dora", "Dee").jsonPath().getLong("id");

        assertThat(inC).isEqualTo(inD);
        c.asOwner().get("/clients/" + inC).then().statusCode(200).body("lastName", equalTo("Cee"));
        d.asOwner().get("/clients/" + inD).then().statusCode(200).body("lastName", equalTo("Dee"));
    }

    @Test
    void auditRowsLandOnlyInTheTenantsOwnSchema() throws SQLException {
        TestTenant e = Tenants.provision("audit-e");
        TestTenant f = Tenants.provision("audit-f");
        createClient(e, "Emma", "Audit");

        assertThat(Database.count("select count(*) from " + e.schema() + ".client_aud")).isEqualTo(1);
        assertThat(Database.count("select count(*) from " + e.schema() + ".revision where actor_kind = 'STAFF'"))
                .isEqualTo(1);
        assertThat(Database.count("select count(*) from " + f.schema() + ".client_aud")).isZero();
        assertThat(Database.count("select count(*) from " + f.schema() + ".revision")).isZero();
    }

    @Test
    void aTenantsOwnerIsRefusedOnEveryEndpointOfAnotherTenant() {
        createClient(b, "Berta", "Bee");
        for (String[] endpoint : ENDPOINTS) {
            Response response = RestAssured.given().baseUri(b.asOwnerBase())
                    .auth().oauth2(a.ownerToken()).contentType("application/json").header("If-Match", "\"0\"")
                    .accept(endpoint.length > 2 ? endpoint[2] : "application/json")
                    .body("{\"firstName\": \"Eve\", \"lastName\": \"Intruder\"}")
                    .request(endpoint[0], endpoint[1]);
            assertThat(response.statusCode()).as("%s %s with A's token on B", endpoint[0], endpoint[1]).isEqualTo(403);
            assertThat(response.jsonPath().getString("code")).isEqualTo("tenant-forbidden");
        }
        b.asOwner().get("/clients?q=Intruder").then().body("total", equalTo(0));
        b.asOwner().get("/clients?q=Bee").then().body("total", equalTo(1));
    }

    @Test
    void theDatabaseRefusesAForeignSchemaEvenToANativeQuery() throws SQLException {
        String roleOfA = a.schema() + "_owner";
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET ROLE \"" + roleOfA + "\"; SET search_path TO " + a.schema());
            statement.executeQuery("select count(*) from client").close();

            assertThatThrownBy(() -> statement.executeQuery("select * from " + b.schema() + ".client"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void aSuspendedTenantIsRefusedAndKeepsItsData() {
        TestTenant s = Tenants.provision("paused");
        createClient(s, "Susi", "Pause");

        Tenants.asOperator().post("/v1/operator/tenants/" + s.slug() + "/suspend").then()
                .statusCode(200).body("status", equalTo("SUSPENDED"));
        s.asOwner().get("/clients").then()
                .statusCode(403)
                .body("code", equalTo("tenant-suspended"));

        Tenants.asOperator().post("/v1/operator/tenants/" + s.slug() + "/resume").then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        s.asOwner().get("/clients").then().statusCode(200).body("total", equalTo(1));
    }

    /**
     * 400 requests of four tenants, 16 at a time, interleaved with platform work (the operators'
     * tenant list, which runs on the registry): no request sees another tenant's data, and no
     * platform request runs on a connection left in a tenant's role or schema.
     */
    @Test
    void concurrentRequestsOfFourTenantsNeverCross() throws Exception {
        List<TestTenant> tenants = List.of(a, b, Tenants.provision("par-c"), Tenants.provision("par-d"));
        for (TestTenant tenant : tenants) {
            createClient(tenant, "Only", "In-" + tenant.slug());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                TestTenant tenant = tenants.get(i % tenants.size());
                results.add(pool.submit(() -> crossing(tenant, t -> t.asOwner().get("/clients?q=In-&size=200"))));
                if (i % 20 == 0) {
                    results.add(pool.submit(TenantIsolationIT::platformWorks));
                }
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String platformWorks() {
        Response response = Tenants.asOperator().get("/v1/operator/tenants");
        return response.statusCode() == 200 && response.jsonPath().getList("slug").contains(a.slug())
                ? "" : "platform: HTTP " + response.statusCode();
    }

    /** Empty when the list holds only the tenant's own marker client, else what went wrong. */
    private static String crossing(TestTenant tenant, Function<TestTenant, Response> call) {
        Response response = call.apply(tenant);
        if (response.statusCode() != 200) {
            return tenant.slug() + ": HTTP " + response.statusCode();
        }
        List<String> names = response.jsonPath().getList("items.lastName");
        return names.equals(List.of("In-" + tenant.slug())) ? "" : tenant.slug() + " saw " + names;
    }

    private static Response createClient(TestTenant tenant, String firstName, String lastName) {
        Response response = tenant.asOwner()
                .body("{\"firstName\": \"" + firstName + "\", \"lastName\": \"" + lastName + "\"}")
                .post("/clients");
        response.then().statusCode(201);
        return response;
    }
}
