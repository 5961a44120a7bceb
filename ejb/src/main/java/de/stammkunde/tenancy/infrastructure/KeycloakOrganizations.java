package de.stammkunde.tenancy.infrastructure;

import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Keycloak's admin REST API as far as tenancy needs it: one organization per tenant (alias = slug),
 * its members, and users invited by email. Authenticates as the service account
 * {@code stammkunde-admin}.
 */
@ApplicationScoped
public class KeycloakOrganizations {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String SERVICE_CLIENT = "stammkunde-admin";

    @Inject
    Settings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** A Keycloak user; {@code created} when this call made it. */
    public record KeycloakUser(String id, boolean created) {
    }

    public String createOrganization(TenantSlug slug, String name) {
        String body = Json.createObjectBuilder()
                .add("name", name + " (" + slug.value() + ")")
                .add("alias", slug.value())
                .add("enabled", true)
                .add("domains", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", slug.value() + ".tenant.stammkunde.local")))
                .build().toString();
        HttpResponse<String> response = send(admin("/organizations").POST(json(body)));
        expect(response, 201, "create organization " + slug);
        return idFromLocation(response);
    }

    public void deleteOrganization(String organizationId) {
        HttpResponse<String> response = send(admin("/organizations/" + organizationId).DELETE());
        expect(response, 204, "delete organization " + organizationId);
    }

    public KeycloakUser findOrCreateUser(String email) {
        Optional<String> existing = findUserByEmail(email);
        if (existing.isPresent()) {
            return new KeycloakUser(existing.get(), false);
        }
        String body = Json.createObjectBuilder()
                .add("username", email)
                .add("email", email)
                .add("enabled", true)
                .add("emailVerified", false)
                .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                .build().toString();
        HttpResponse<String> response = send(admin("/users").POST(json(body)));
        expect(response, 201, "create user " + email);
        return new KeycloakUser(idFromLocation(response), true);
    }

    public Optional<String> findUserByEmail(String email) {
        HttpResponse<String> response = send(admin("/users?exact=true&email=" + encode(email)).GET());
        expect(response, 200, "find user " + email);
        JsonArray users = Json.createReader(new StringReader(response.body())).readArray();
        return users.isEmpty() ? Optional.empty() : Optional.of(users.getJsonObject(0).getString("id"));
    }

    public void deleteUser(String userId) {
        HttpResponse<String> response = send(admin("/users/" + userId).DELETE());
        expect(response, 204, "delete user " + userId);
    }

    public void addMember(String organizationId, String userId) {
        HttpResponse<String> response = send(admin("/organizations/" + organizationId + "/members")
                .POST(json(Json.createValue(userId).toString())));
        expect(response, 201, "add member " + userId);
    }

    /** Adds the user to the organization; false when they are a member already. */
    public boolean addMemberIfAbsent(String organizationId, String userId) {
        HttpResponse<String> response = send(admin("/organizations/" + organizationId + "/members")
                .POST(json(Json.createValue(userId).toString())));
        if (response.statusCode() == 409) {
            return false;
        }
        expect(response, 201, "add member " + userId);
        return true;
    }

    /** Takes the user out of the organization; a user who is no member is left as they are. */
    public void removeMember(String organizationId, String userId) {
        HttpResponse<String> response = send(admin("/organizations/" + organizationId + "/members/" + encode(userId))
                .DELETE());
        if (response.statusCode() != 400 && response.statusCode() != 404) {
            expect(response, 204, "remove member " + userId);
        }
    }

    /** Keycloak emails the user a link to choose a password, then sends them to the console. */
    public void sendSetPasswordEmail(String userId, String clientId, String redirectUri) {
        HttpResponse<String> response = send(admin("/users/" + userId + "/execute-actions-email?client_id="
                + encode(clientId) + "&redirect_uri=" + encode(redirectUri))
                .PUT(json(Json.createArrayBuilder().add("UPDATE_PASSWORD").build().toString())));
        expect(response, 204, "send set-password email to " + userId);
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + realm() + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + serviceToken());
    }

    private String serviceToken() {
        String form = "grant_type=client_credentials&client_id=" + SERVICE_CLIENT
                + "&client_secret=" + encode(settings.get(Setting.KEYCLOAK_ADMIN_CLIENT_SECRET));
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/realms/" + realm() + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        expect(response, 200, "service account token");
        JsonObject token = Json.createReader(new StringReader(response.body())).readObject();
        return ((JsonString) token.get("access_token")).getString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeycloakUnavailable("Keycloak not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakUnavailable("Interrupted while calling Keycloak", e);
        }
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new KeycloakUnavailable("Keycloak refused to " + what + ": HTTP " + response.statusCode()
                    + " " + abbreviate(response.body()), null);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String idFromLocation(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new KeycloakUnavailable("Keycloak sent no Location", null));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String baseUrl() {
        return settings.get(Setting.KEYCLOAK_URL);
    }

    private String realm() {
        return settings.get(Setting.KEYCLOAK_REALM);
    }

    /** Keycloak could not be reached or refused a change. */
    public static class KeycloakUnavailable extends RuntimeException {
        public KeycloakUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
