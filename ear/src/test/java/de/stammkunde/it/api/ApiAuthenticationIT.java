package de.stammkunde.it.api;

import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.DemoUsers;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The API accepts exactly the bearer tokens Keycloak issued for it, checked locally by WildFly. */
class ApiAuthenticationIT extends DeployedPlatform {

    private static final String NO_AUDIENCE_CLIENT = "it-no-api-audience";
    private static final String SHORT_LIVED_CLIENT = "it-short-lived";
    /** Long enough for the first call to pass on a loaded machine, short enough to wait out. */
    private static final int SHORT_LIFESPAN_SECONDS = 10;

    @BeforeAll
    static void testClients() {
        Keycloak.ensureTestClient(NO_AUDIENCE_CLIENT, false, 300);
        Keycloak.ensureTestClient(SHORT_LIVED_CLIENT, true, SHORT_LIFESPAN_SECONDS);
    }

    @Test
    void answersWhoTheCallerIsWithARealKeycloakToken() {
        String token = Keycloak.accessToken(DemoUsers.OWNER);

        api(token).get("/v1/me").then()
                .statusCode(200)
                .body("username", equalTo("owner"))
                .body("subject", equalTo(claim(token, "sub")))
                .body("email", equalTo("owner@lichtblick.example"))
                .body("roles", not(hasItem("operator")));
    }

    @Test
    void namesTheOrganizationsOfTheCaller() {
        Tenants.TestTenant tenant = Tenants.provision("me");

        api(tenant.ownerToken()).get("/v1/me").then()
                .statusCode(200)
                .body("username", equalTo(tenant.ownerEmail()))
                .body("organizations", hasItem(tenant.slug()));
    }

    @Test
    void showsTheOperatorRoleAndNoOrganizationForTheOperator() {
        api(Keycloak.accessToken(DemoUsers.OPERATOR)).get("/v1/me").then()
                .statusCode(200)
                .body("roles", hasItem("operator"))
                .body("organizations.size()", equalTo(0));
    }

    @Test
    void refusesAMissingTokenWithAChallengeAndAProblem() {
        Response response = RestAssured.given().get(TestPlatform.apiUrl() + "/v1/me");

        assertUnauthorized(response);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void refusesATamperedToken() {
        String token = Keycloak.accessToken(DemoUsers.OWNER);
        String[] parts = token.split("\\.");
        String forgedPayload = encode(decode(parts[1]).replace("\"owner\"", "\"operator\""));
        String forged = parts[0] + "." + forgedPayload + "." + parts[2];
        assertThat(forgedPayload).isNotEqualTo(parts[1]);

        assertUnauthorized(api(forged).get("/v1/me"));
    }

    @Test
    void refusesATokenIssuedForAnotherAudience() {
        String token = Keycloak.accessToken(NO_AUDIENCE_CLIENT, DemoUsers.OWNER, "openid");
        assertThat(String.valueOf(claim(token, "aud"))).doesNotContain("api");

        assertUnauthorized(api(token).get("/v1/me"));
    }

    @Test
    void refusesAnExpiredToken() throws InterruptedException {
        String token = Keycloak.accessToken(SHORT_LIVED_CLIENT, DemoUsers.OWNER, "openid");
        api(token).get("/v1/me").then().statusCode(200);

        long expiresAt = Long.parseLong(claim(token, "exp"));
        while (Instant.now().getEpochSecond() <= expiresAt + 1) {
            Thread.sleep(250);
        }

        assertUnauthorized(api(token).get("/v1/me"));
    }

    @Test
    void refusesGarbageInTheAuthorizationHeader() {
        assertUnauthorized(api("not-a-jwt").get("/v1/me"));
    }

    @Test
    void speaksEnglishWhenTheCallerPrefersIt() {
        RestAssured.given().header("Accept-Language", "en-GB,en;q=0.9,de;q=0.5")
                .get(TestPlatform.apiUrl() + "/v1/me").then()
                .statusCode(401)
                .body("title", equalTo("Authentication required"));
    }

    @Test
    void answersUnknownPathsWithAProblem() {
        api(Keycloak.accessToken(DemoUsers.OWNER)).get("/v1/no-such-thing").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("not-found"))
                .body("title", equalTo("Nicht gefunden"));
    }

    @Test
    void servesHealthWithoutLogin() {
        RestAssured.get(TestPlatform.apiUrl() + "/health").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.database", equalTo("UP"));
    }

    @Test
    void servesTheOpenApiDocument() {
        RestAssured.given().accept("application/json").get(TestPlatform.apiUrl() + "/openapi").then()
                .statusCode(200)
                .body(containsString("/v1/me"))
                .body(containsString("/v1/operator/mail-checks"));
    }

    private static void assertUnauthorized(Response response) {
        response.then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401))
                .body("code", equalTo("unauthorized"))
                .body("type", equalTo("https://stammkunde.de/problems/unauthorized"))
                .body("title", equalTo("Anmeldung erforderlich"))
                .body("instance", equalTo("/api/v1/me"));
        assertThat(response.asString()).doesNotContain("Exception").doesNotContain("ELY");
    }

    private static RequestSpecification api(String token) {
        return RestAssured.given().baseUri(TestPlatform.apiUrl()).auth().oauth2(token);
    }

    private static String claim(String token, String name) {
        return io.restassured.path.json.JsonPath.from(decode(token.split("\\.")[1])).getString(name);
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
