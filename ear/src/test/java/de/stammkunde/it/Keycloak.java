package de.stammkunde.it;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test run's real Keycloak: tokens for the realm's demo users through the password grant of
 * the public client {@code stammkunde-cli}, and test-only clients created through the admin API.
 */
public final class Keycloak {

    public static final String CLI_CLIENT = "stammkunde-cli";

    private Keycloak() {
    }

    /** An access token for the API, naming the user's organizations. */
    public static String accessToken(String username) {
        return accessToken(CLI_CLIENT, username, "openid organization");
    }

    public static String accessToken(String clientId, String username, String scope) {
        return tokenResponse(clientId, username, scope).getString("access_token");
    }

    public static JsonPath tokenResponse(String clientId, String username, String scope) {
        Response response = RestAssured.given()
                .formParams(Map.of("grant_type", "password", "client_id", clientId,
                        "username", username, "password", DemoUsers.password(username), "scope", scope))
                .post(TestPlatform.realmUrl() + "/protocol/openid-connect/token");
        assertThat(response.statusCode()).as("token for %s via %s: %s", username, clientId, response.asString())
                .isEqualTo(200);
        return response.jsonPath();
    }

    /**
     * Creates (once per Keycloak) a public password-grant client for tests. With
     * {@code apiAudience} false its tokens do not name the API as audience.
     */
    public static void ensureTestClient(String clientId, boolean apiAudience, int accessTokenLifespanSeconds) {
        String audienceMapper = """
                , "protocolMappers": [{"name": "audience api", "protocol": "openid-connect",
                   "protocolMapper": "oidc-audience-mapper",
                   "config": {"included.client.audience": "api", "access.token.claim": "true"}}]""";
        String client = """
                {"clientId": "%s", "enabled": true, "publicClient": true, "standardFlowEnabled": false,
                 "directAccessGrantsEnabled": true,
                 "attributes": {"access.token.lifespan": "%d"}%s}"""
                .formatted(clientId, accessTokenLifespanSeconds, apiAudience ? audienceMapper : "");
        int status = RestAssured.given()
                .auth().oauth2(adminToken())
                .contentType("application/json")
                .body(client)
                .post(TestPlatform.keycloakUrl() + "/admin/realms/stammkunde/clients")
                .statusCode();
        assertThat(status).as("create client %s", clientId).isIn(201, 409);
    }

    /**
     * Makes a user that the platform invited (by email, no password yet) able to sign in with a
     * password, as if they had followed the invitation and completed their profile.
     */
    public static void completeInvitation(String email, String password) {
        String admin = adminToken();
        String users = TestPlatform.keycloakUrl() + "/admin/realms/stammkunde/users";
        String id = RestAssured.given().auth().oauth2(admin).queryParam("email", email).queryParam("exact", true)
                .get(users).then().statusCode(200).extract().path("[0].id");
        RestAssured.given().auth().oauth2(admin).contentType("application/json")
                .body("{\"type\": \"password\", \"value\": \"" + password + "\", \"temporary\": false}")
                .put(users + "/" + id + "/reset-password").then().statusCode(204);
        RestAssured.given().auth().oauth2(admin).contentType("application/json")
                .body("{\"firstName\": \"Test\", \"lastName\": \"Owner\", \"emailVerified\": true, \"requiredActions\": []}")
                .put(users + "/" + id).then().statusCode(204);
    }

    /** An access token for a user with the given password, naming their organizations. */
    public static String accessToken(String username, String password) {
        Response response = RestAssured.given()
                .formParams(Map.of("grant_type", "password", "client_id", CLI_CLIENT,
                        "username", username, "password", password, "scope", "openid organization"))
                .post(TestPlatform.realmUrl() + "/protocol/openid-connect/token");
        assertThat(response.statusCode()).as("token for %s: %s", username, response.asString()).isEqualTo(200);
        return response.jsonPath().getString("access_token");
    }

    /** Creates an organization directly in Keycloak, bypassing the platform. */
    public static String createOrganization(String alias) {
        String location = RestAssured.given().auth().oauth2(adminToken()).contentType("application/json")
                .body("{\"name\": \"" + alias + " (outside)\", \"alias\": \"" + alias + "\", \"enabled\": true,"
                        + " \"domains\": [{\"name\": \"" + alias + ".outside.example\"}]}")
                .post(TestPlatform.keycloakUrl() + "/admin/realms/stammkunde/organizations")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public static void deleteOrganization(String id) {
        RestAssured.given().auth().oauth2(adminToken())
                .delete(TestPlatform.keycloakUrl() + "/admin/realms/stammkunde/organizations/" + id)
                .then().statusCode(204);
    }

    public static boolean organizationExists(String id) {
        int status = RestAssured.given().auth().oauth2(adminToken())
                .get(TestPlatform.keycloakUrl() + "/admin/realms/stammkunde/organizations/" + id)
                .statusCode();
        assertThat(status).isIn(200, 404);
        return status == 200;
    }

    private static String adminToken() {
        return RestAssured.given()
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", "admin", "password", "admin"))
                .post(TestPlatform.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
