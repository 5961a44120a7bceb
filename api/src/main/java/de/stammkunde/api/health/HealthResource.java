package de.stammkunde.api.health;

import de.stammkunde.shared.health.HealthReport;
import de.stammkunde.shared.health.PlatformHealth;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Liveness and readiness of the platform for load balancers and the run script; no login needed. */
@Path("health")
public class HealthResource {

    @Inject
    PlatformHealth health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Platform health", description = "200 when every check is UP, otherwise 503")
    public Response health() {
        HealthReport report = health.check();
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(report)
                .build();
    }
}
