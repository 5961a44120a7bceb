package de.stammkunde.it.staff;

import de.stammkunde.it.BrowserSession;
import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.Mailbox;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import de.stammkunde.it.TestPlatform;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Owners invite, re-role and remove the staff of their business; nobody else may, and a business keeps an owner. */
class StaffIT extends DeployedPlatform {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(15);

    private static TestTenant studio;

    @BeforeAll
    static void studio() {
        studio = Tenants.provision("staff");
    }

    @Test
    void anInvitedStaffMemberCompletesTheInvitationAndWorksInTheBusiness() throws SQLException {
        String email = "anna@" + studio.slug() + ".example";

        Response invited = invite(studio, email, "STAFF");
        invited.then().statusCode(201)
                .body("email", equalTo(email))
                .body("role", equalTo("STAFF"));
        String subject = invited.jsonPath().getString("subject");
        assertThat(invited.header("Location")).endsWith("/v1/tenants/" + studio.slug() + "/staff/" + subject);

        assertThat(membershipCount(studio, subject, "STAFF")).isEqualTo(1);
        assertThat(auditCount(studio, "staff.invited", email)).isEqualTo(1);
        studio.asOwner().get("/staff").then().statusCode(200)
                .body("email", hasItems(studio.ownerEmail(), email))
                .body("find { it.email == '" + email + "' }.since", notNullValue());

        List<Map<String, Object>> mail = awaitMessages(email, 2);
        assertThat(mail).as("the invitation and Keycloak's set-password email").hasSize(2);
        assertThat(mail).extracting(message -> message.get("subject"))
                .contains("Einladung zu Stammkunde: Studio " + studio.slug());
        assertThat(mail.toString()).contains("/app/" + studio.slug() + "/");

        String token = signUp(email);
        me(token).then().body("organizations", hasItem(studio.slug())).body("subject", equalTo(subject));
        api(studio, token).get("/clients").then().statusCode(200);
    }

    @Test
    void anExistingUserIsInvitedWithoutANewPasswordAndKeepsTheirOtherBusiness() {
        TestTenant other = Tenants.provision("staff-other");
        int before = Mailbox.messages(other.ownerEmail()).size();

        invite(studio, other.ownerEmail(), "MANAGER").then().statusCode(201).body("role", equalTo("MANAGER"));

        List<Map<String, Object>> mail = awaitMessages(other.ownerEmail(), before + 1);
        sleep(Duration.ofSeconds(2));
        assertThat(Mailbox.messages(other.ownerEmail())).as("no second set-password email").hasSize(before + 1);
        assertThat(mail).extracting(message -> message.get("subject"))
                .contains("Einladung zu Stammkunde: Studio " + studio.slug());
        assertThat(mail.toString()).contains("bestehenden Stammkunde-Zugang");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(other.ownerEmail(), password);
        me(tokenForAllOrganizations(other.ownerEmail(), password)).then()
                .body("organizations", hasItems(studio.slug(), other.slug()));
    }

    @Test
    void onlyOwnersManageStaffAndTheirRolesCanBeChanged() throws SQLException {
        String email = "bernd@" + studio.slug() + ".example";
        String subject = invite(studio, email, "MANAGER").then().statusCode(201).extract().path("subject");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(email, password);
        String manager = Keycloak.accessToken(email, password);

        api(studio, manager).get("/clients").then().statusCode(200);
        for (Response refused : List.of(
                api(studio, manager).get("/staff"),
                api(studio, manager).body("{\"email\": \"eve@example.org\", \"role\": \"OWNER\"}").post("/staff"),
                api(studio, manager).body("{\"role\": \"OWNER\"}").put("/staff/" + subject),
                api(studio, manager).delete("/staff/" + subject))) {
            refused.then().statusCode(403)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("owner-required"));
        }
        HttpResponse<String> page = new BrowserSession().signIn(
                TestPlatform.baseUrl() + "/app/" + studio.slug() + "/staff", email, password);
        assertThat(page.statusCode()).as("the console's staff page for a manager").isEqualTo(403);

        studio.asOwner().body("{\"role\": \"STAFF\"}").put("/staff/" + subject).then()
                .statusCode(200).body("role", equalTo("STAFF"));
        assertThat(membershipCount(studio, subject, "STAFF")).isEqualTo(1);
        assertThat(auditCount(studio, "staff.role-changed", email)).isEqualTo(1);
        api(studio, manager).get("/staff").then().statusCode(403).body("code", equalTo("owner-required"));

        studio.asOwner().body("{\"role\": \"owner\"}").put("/staff/" + subject).then()
                .statusCode(200).body("role", equalTo("OWNER"));
        api(studio, manager).get("/staff").then().statusCode(200).body("email", hasItem(email));

        studio.asOwner().body("{\"role\": \"MANAGER\"}").put("/staff/" + subject).then().statusCode(200);
        studio.asOwner().body("{\"role\": \"MANAGER\"}").put("/staff/no-such-subject").then()
                .statusCode(404).body("code", equalTo("staff-member-not-found"));
    }

    @Test
    void aRemovedMemberIsRefusedAtOnceAndLeavesTheOrganization() throws SQLException {
        String email = "carla@" + studio.slug() + ".example";
        String subject = invite(studio, email, "STAFF").then().statusCode(201).extract().path("subject");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(email, password);
        String token = Keycloak.accessToken(email, password);
        api(studio, token).get("/clients").then().statusCode(200);

        studio.asOwner().delete("/staff/" + subject).then().statusCode(204);

        api(studio, token).get("/clients").then().statusCode(403).body("code", equalTo("tenant-forbidden"));
        me(Keycloak.accessToken(email, password)).then().body("organizations", not(hasItem(studio.slug())));
        studio.asOwner().get("/staff").then().statusCode(200).body("email", not(hasItem(email)));
        assertThat(membershipCount(studio, subject, "STAFF")).isZero();
        assertThat(auditCount(studio, "staff.removed", email)).isEqualTo(1);
        studio.asOwner().delete("/staff/" + subject).then().statusCode(404);
    }

    @Test
    void theLastOwnerCanBeNeitherDemotedNorRemovedButMayHandOver() throws SQLException {
        TestTenant solo = Tenants.provision("solo");
        String owner = me(solo.ownerToken()).then().extract().path("subject");

        solo.asOwner().body("{\"role\": \"MANAGER\"}").put("/staff/" + owner).then()
                .statusCode(409).body("code", equalTo("last-owner"));
        solo.asOwner().delete("/staff/" + owner).then()
                .statusCode(409).body("code", equalTo("last-owner"));
        assertThat(membershipCount(solo, owner, "OWNER")).isEqualTo(1);

        invite(solo, "nachfolge@" + solo.slug() + ".example", "OWNER").then().statusCode(201);
        solo.asOwner().body("{\"role\": \"MANAGER\"}").put("/staff/" + owner).then()
                .statusCode(200).body("role", equalTo("MANAGER"));
        solo.asOwner().get("/staff").then().statusCode(403).body("code", equalTo("owner-required"));
    }

    @Test
    void namesEveryBadFieldAndRefusesAMemberTwice() {
        studio.asOwner().body("{\"email\": \"kein-at-zeichen\", \"role\": \"BOSS\"}").post("/staff").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItems("email", "role"));
        studio.asOwner().body("{\"role\": \"STAFF\"}").post("/staff").then()
                .statusCode(400).body("errors.field", hasItem("email"));
        studio.asOwner().body("{\"role\": \"BOSS\"}").put("/staff/whoever").then()
                .statusCode(400).body("errors.field", hasItem("role"));

        studio.asOwner().body("{\"email\": \"" + studio.ownerEmail().toUpperCase() + "\", \"role\": \"STAFF\"}")
                .post("/staff").then()
                .statusCode(409).body("code", equalTo("staff-member-exists"));
    }

    @Test
    void theOpenApiDocumentListsTheStaffEndpoints() {
        RestAssured.given().accept("application/json").get(TestPlatform.apiUrl() + "/openapi").then()
                .statusCode(200)
                .body(containsString("/v1/tenants/{tenant}/staff/{subject}"))
                .body(containsString("Invite a staff member"))
                .body(containsString("Change a member's role"));
    }

    private static Response invite(TestTenant tenant, String email, String role) {
        return tenant.asOwner().body("{\"email\": \"" + email + "\", \"role\": \"" + role + "\"}").post("/staff");
    }

    private static RequestSpecification api(TestTenant tenant, String token) {
        return RestAssured.given().baseUri(tenant.asOwnerBase()).auth().oauth2(token).contentType("application/json");
    }

    private static Response me(String token) {
        return RestAssured.given().auth().oauth2(token).get(TestPlatform.apiUrl() + "/v1/me");
    }

    private static String tokenForAllOrganizations(String username, String password) {
        return RestAssured.given()
                .formParams(Map.of("grant_type", "password", "client_id", Keycloak.CLI_CLIENT, "username", username,
                        "password", password, "scope", "openid organization:*"))
                .post(TestPlatform.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static String signUp(String email) {
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(email, password);
        return Keycloak.accessToken(email, password);
    }

    private static long membershipCount(TestTenant tenant, String subject, String role) throws SQLException {
        return Database.count("select count(*) from platform.membership m join platform.tenant t on t.id = m.tenant_id"
                + " where t.slug = '" + tenant.slug() + "' and m.subject = '" + subject + "' and m.role = '" + role + "'");
    }

    private static long auditCount(TestTenant tenant, String action, String email) throws SQLException {
        return Database.count("select count(*) from platform.operator_audit where tenant_slug = '" + tenant.slug()
                + "' and action = '" + action + "' and detail like '" + email + "%' and actor like '%[%]'");
    }

    /** The messages for the address once at least {@code count} arrived, or what arrived by the timeout. */
    private static List<Map<String, Object>> awaitMessages(String address, int count) {
        Instant deadline = Instant.now().plus(MAIL_WAIT);
        List<Map<String, Object>> messages = Mailbox.awaitMessages(address, MAIL_WAIT);
        while (messages.size() < count && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(200));
            messages = Mailbox.messages(address);
        }
        return messages;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
