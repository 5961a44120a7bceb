package de.stammkunde.api.me;

import de.stammkunde.api.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Who am I: subject, roles and organizations of the verified token. */
@Path("v1/me")
@RequestScoped
@SecurityRequirement(name = "keycloak")
public class MeResource {

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller", description = "Subject, realm roles and organizations of the access token")
    public MeView me() {
        return MeView.of(caller);
    }
}
