package de.stammkunde.it.sms;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import de.stammkunde.it.TestPlatform;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static de.stammkunde.it.Concurrently.concurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Operators top up a business's SMS credits; the business's staff see the balance and the ledger,
 * and each test SMS (through the development gateway, which records it) debits them.
 */
class SmsCreditsIT extends DeployedPlatform {

    private static TestTenant business;
    private static TestTenant other;

    @BeforeAll
    static void twoBusinesses() {
        business = Tenants.provision("sms");
        other = Tenants.provision("sms-other");
        Tenants.asOperator().body("{\"credits\": 7}").post(credits(business)).then().statusCode(201);
    }

    @Test
    void anOperatorsTopUpIsVisibleToTheBusinessesStaffAndInTheAudit() throws SQLException {
        TestTenant tenant = Tenants.provision("sms-topup");

        Tenants.asOperator().body("{\"credits\": 100, \"note\": \"Rechnung 2026-117\"}")
                .post(credits(tenant)).then()
                .statusCode(201)
                .body("tenant", equalTo(tenant.slug()))
                .body("balance", equalTo(100))
                .body("entry.kind", equalTo("TOP_UP"))
                .body("entry.delta", equalTo(100))
                .body("entry.note", equalTo("Rechnung 2026-117"))
                .body("entry.actor", equalTo("operator"))
                .body("entry.reference", nullValue());
        Tenants.asOperator().body("{\"credits\": 50}").post(credits(tenant)).then()
                .statusCode(201)
                .body("balance", equalTo(150));

        tenant.asOwner().get("/sms-credits").then()
                .statusCode(200)
                .body("tenant", equalTo(tenant.slug()))
                .body("balance", equalTo(150))
                .body("items", hasSize(2))
                .body("items[0].delta", equalTo(50))
                .body("items[1].delta", equalTo(100));
        tenant.asOwner().get("/sms-credits?page=1&size=1").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].note", equalTo("Rechnung 2026-117"));
        Tenants.asOperator().get(credits(tenant)).then()
                .statusCode(200)
                .body("balance", equalTo(150))
                .body("items", hasSize(2));
        assertThat(Database.count("select count(*) from platform.operator_audit where action = 'sms-credits.topped-up'"
                + " and actor = 'operator' and tenant_slug = '" + tenant.slug() + "'")).isEqualTo(2);
    }

    @Test
    void aBusinessWithoutTopUpsHasNoCredits() {
        other.asOwner().get("/sms-credits").then()
                .statusCode(200)
                .body("balance", equalTo(0))
                .body("items", empty());
    }

    @Test
    void staffCannotTopUpTheirOwnCredits() {
        RestAssured.given().baseUri(TestPlatform.apiUrl())
                .auth().oauth2(business.ownerToken()).contentType("application/json")
                .body("{\"credits\": 1000}")
                .post(credits(business)).then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("forbidden"));

        business.asOwner().get("/sms-credits").then().statusCode(200).body("balance", equalTo(7));
    }

    @Test
    void refusesCreditsOutsideOneToOneHundredThousandNamingTheField() {
        for (String body : new String[] {"{\"credits\": 0}", "{\"credits\": -5}", "{}", "{\"credits\": 100001}",
                "{\"note\": \"ohne Menge\"}"}) {
            Tenants.asOperator().body(body).post(credits(business)).then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("validation-failed"))
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("credits"));
        }
        Tenants.asOperator().body("{\"credits\": 5, \"note\": \"" + "x".repeat(501) + "\"}")
                .post(credits(business)).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));
        Tenants.asOperator().get(credits(business) + "?size=0").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));

        business.asOwner().get("/sms-credits").then().statusCode(200).body("balance", equalTo(7));
    }

    @Test
    void anUnknownBusinessIsNotFound() {
        Tenants.asOperator().body("{\"credits\": 10}").post("/v1/operator/tenants/no-such-business/sms-credits").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("tenant-not-found"));
        Tenants.asOperator().get("/v1/operator/tenants/no-such-business/sms-credits").then()
                .statusCode(404)
                .body("code", equalTo("tenant-not-found"));
        Tenants.asOperator().body("{\"credits\": 10}").post("/v1/operator/tenants/NOT_A_SLUG/sms-credits").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void anotherBusinessesStaffSeeNothingOfTheCredits() {
        for (String path : new String[] {"/sms-credits", "/sms/recorded"}) {
            RestAssured.given().baseUri(business.asOwnerBase())
                    .auth().oauth2(other.ownerToken())
                    .get(path).then()
                    .statusCode(403)
                    .body("code", equalTo("tenant-forbidden"));
        }
        other.asOwner().get("/sms-credits").then().statusCode(200).body("balance", equalTo(0)).body("items", empty());
    }

    @Test
    void everyMemberReadsTheCreditsButOnlyOwnersAndManagersTheRecordedAndTestSms() {
        TestTenant tenant = Tenants.provision("sms-roles");
        tenant.asOwner().get("/sms/recorded").then()
                .statusCode(200)
                .body("items", empty())
                .body("page", equalTo(0))
                .body("size", equalTo(50));

        Tenants.setRole(tenant, "MANAGER");
        tenant.asOwner().get("/sms/recorded").then().statusCode(200);

        Tenants.setRole(tenant, "STAFF");
        tenant.asOwner().get("/sms-credits").then().statusCode(200).body("balance", equalTo(0));
        tenant.asOwner().get("/sms/recorded").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("role-forbidden"));
        tenant.asOwner().body("{\"to\": \"+4915112345678\"}").post("/sms/checks").then()
                .statusCode(403)
                .body("code", equalTo("role-forbidden"));
    }

    @Test
    void aTestSmsIsPaidFromTheCreditsAndRecordedByTheDevelopmentGateway() {
        TestTenant tenant = Tenants.provision("sms-check");
        Tenants.asOperator().body("{\"credits\": 3}").post(credits(tenant)).then().statusCode(201);

        String reference = tenant.asOwner().body("{\"to\": \"+49 151 1234-5678\"}").post("/sms/checks").then()
                .statusCode(200)
                .body("to", equalTo("+4915112345678"))
                .body("segments", equalTo(1))
                .body("balance", equalTo(2))
                .body("providerId", startsWith("dev-"))
                .extract().path("reference");

        tenant.asOwner().get("/sms/recorded").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].to", equalTo("+4915112345678"))
                .body("items[0].reference", equalTo(reference))
                .body("items[0].segments", equalTo(1))
                .body("items[0].text", startsWith("Test-SMS von Stammkunde"));
        tenant.asOwner().get("/sms-credits").then()
                .statusCode(200)
                .body("balance", equalTo(2))
                .body("items[0].kind", equalTo("DEBIT"))
                .body("items[0].delta", equalTo(-1))
                .body("items[0].reference", equalTo(reference));
        business.asOwner().get("/sms/recorded").then().statusCode(200).body("items.reference", not(hasItem(reference)));
    }

    @Test
    void withoutCreditsNoTestSmsIsSentAndNothingIsWritten() {
        other.asOwner().body("{\"to\": \"+4915112345678\"}").post("/sms/checks").then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("sms-credits-exhausted"));

        other.asOwner().get("/sms/recorded").then().statusCode(200).body("items", empty());
        other.asOwner().get("/sms-credits").then().statusCode(200).body("balance", equalTo(0)).body("items", empty());
    }

    @Test
    void refusesATestSmsToANumberNotInInternationalFormat() {
        for (String body : new String[] {"{\"to\": \"0151 1234\"}", "{}"}) {
            business.asOwner().body(body).post("/sms/checks").then()
                    .statusCode(400)
                    .body("code", equalTo("validation-failed"))
                    .body("errors[0].field", equalTo("to"));
        }
        business.asOwner().get("/sms-credits").then().statusCode(200).body("balance", equalTo(7));
    }

    /** Ten test SMS at once against five credits: exactly five are paid and sent, the rest refused. */
    @Test
    void concurrentSmsNeverSpendMoreCreditsThanThereAre() throws Exception {
        TestTenant tenant = Tenants.provision("sms-race");
        Tenants.asOperator().body("{\"credits\": 5}").post(credits(tenant)).then().statusCode(201);

        List<Integer> statuses = concurrently(10, () -> tenant.asOwner().body("{\"to\": \"+4915112345678\"}")
                .post("/sms/checks").statusCode());

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(status -> status == 200)).hasSize(5);
        tenant.asOwner().get("/sms-credits").then()
                .statusCode(200)
                .body("balance", equalTo(0))
                .body("items.findAll { it.kind == 'DEBIT' }", hasSize(5));
        tenant.asOwner().get("/sms/recorded").then().statusCode(200).body("items", hasSize(5));
    }

    private static String credits(TestTenant tenant) {
        return "/v1/operator/tenants/" + tenant.slug() + "/sms-credits";
    }
}
