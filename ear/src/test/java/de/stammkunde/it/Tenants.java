package de.stammkunde.it;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Test tenants, provisioned through the operator API like an operator would, each with a signed-in owner. */
public final class Tenants {

    private Tenants() {
    }

    /** A provisioned tenant and a token of its owner. */
    public record TestTenant(String slug, String ownerEmail, String ownerToken) {

        /** The tenant's database schema, for facts the API does not show. */
        public String schema() {
            return "t_" + slug.replace('-', '_');
        }

        public String asOwnerBase() {
            return TestPlatform.apiUrl() + "/v1/tenants/" + slug;
        }

        public RequestSpecification asOwner() {
            return RestAssured.given().baseUri(asOwnerBase())
                    .auth().oauth2(ownerToken).contentType("application/json");
        }
    }

    /** A slug no other test uses: the prefix plus a random suffix. */
    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static TestTenant provision(String prefix) {
        String slug = uniqueSlug(prefix);
        String ownerEmail = "owner@" + slug + ".example";
        asOperator().body("""
                {"slug": "%s", "name": "Studio %s", "locale": "de", "timeZone": "Europe/Berlin", "ownerEmail": "%s"}"""
                .formatted(slug, slug, ownerEmail))
                .post("/v1/operator/tenants").then().statusCode(201);
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(ownerEmail, password);
        return new TestTenant(slug, ownerEmail, Keycloak.accessToken(ownerEmail, password));
    }

    public static RequestSpecification asOperator() {
        return RestAssured.given().baseUri(TestPlatform.apiUrl())
                .auth().oauth2(operatorToken())
                .contentType("application/json");
    }

    private static String operatorToken;
    private static Instant operatorTokenFetched = Instant.EPOCH;

    /** One operator token, renewed well before it expires: tests sign in once, not per call. */
    private static synchronized String operatorToken() {
        if (Instant.now().isAfter(operatorTokenFetched.plus(TOKEN_REUSE))) {
            operatorToken = Keycloak.accessToken(DemoUsers.OPERATOR);
            operatorTokenFetched = Instant.now();
        }
        return operatorToken;
    }

    private static final Duration TOKEN_REUSE = Duration.ofMinutes(3);

    /** Gives the tenant's only member (its owner) another role, straight in the registry. */
    public static void setRole(TestTenant tenant, String role) {
        try (java.sql.Connection connection = Database.connect();
             java.sql.PreparedStatement update = connection.prepareStatement("update platform.membership set role = ?"
                     + " where tenant_id = (select id from platform.tenant where slug = ?)")) {
            update.setString(1, role);
            update.setString(2, tenant.slug());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("expected exactly one membership of " + tenant.slug());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
