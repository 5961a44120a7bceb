package de.stammkunde.api.operator;

import de.stammkunde.api.problem.InvalidRequest;
import de.stammkunde.shared.job.OperatorJobs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Operators run a background job now instead of waiting for its timer. */
@Path("v1/operator/jobs")
@RequestScoped
@RolesAllowed("operator")
@SecurityRequirement(name = "keycloak")
public class JobResource {

    @Inject
    OperatorJobs jobs;

    /** When to run the job as of (an ISO instant); only where the platform allows it. */
    public record JobRequest(String asOf) {
    }

    @POST
    @Path("{job}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run a job now", description = "outbox, reminders, birthdays, campaigns, referral-codes,"
            + " recalculations. Runs synchronously and returns what it did; asOf only where STAMMKUNDE_JOB_CLOCK"
            + " allows it")
    public Map<String, Object> run(@PathParam("job") String job, JobRequest body) {
        Instant asOf = null;
        if (body != null && body.asOf() != null && !body.asOf().isBlank()) {
            try {
                asOf = Instant.parse(body.asOf().strip());
            } catch (DateTimeParseException e) {
                throw InvalidRequest.field("asOf", "an instant like 2026-03-14T09:00:00Z");
            }
        }
        return jobs.run(job, asOf);
    }
}
