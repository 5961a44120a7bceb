package de.stammkunde.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The Stammkunde REST API, served under the context root {@code /api}. */
@ApplicationPath("/")
@OpenAPIDefinition(
        info = @Info(title = "Stammkunde API", version = "1",
                description = "Clients, loyalty, referrals, rewards, consent and privacy for studios and salons."),
        servers = @Server(url = "/api"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Access token issued by Keycloak for the audience 'api'")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-Api-Key", description = "An API key of the business (sk_…), for /v1/integration/{tenant}/…;"
                + " also accepted as 'Authorization: ApiKey sk_…'")
public class ApiApplication extends Application {
}
