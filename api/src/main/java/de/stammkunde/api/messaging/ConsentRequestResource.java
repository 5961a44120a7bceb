package de.stammkunde.api.messaging;

import de.stammkunde.api.idempotency.IdempotentPosts;
import de.stammkunde.messaging.application.ConsentRequests;
import de.stammkunde.messaging.application.MessageView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Staff send a client the consent form by email or SMS. */
@Path("v1/tenants/{tenant}/clients/{id}/consent-requests")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentRequestResource {

    @Inject
    ConsentRequests requests;

    /** How to send the form and how long its link stays valid. */
    public record SendRequest(String channel, Integer validDays) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the consent form", description = "channel email (default) or sms (costs credits);"
            + " validDays 1-30 (default 14). 202 with the queued message; a message that may not go out is"
            + " recorded as suppressed with the reason. An Idempotency-Key sends once however often it is posted")
    public Response send(@PathParam("id") long id, @HeaderParam(IdempotentPosts.HEADER) String key,
                         SendRequest body) {
        SendRequest checked = body == null ? new SendRequest(null, null) : body;
        if (key != null && key.strip().length() > 100) {
            throw de.stammkunde.api.problem.InvalidRequest.field(IdempotentPosts.HEADER, "at most 100 characters");
        }
        MessageView message = requests.send(id, checked.channel(), checked.validDays(),
                key == null || key.isBlank() ? null : key.strip());
        return Response.accepted(message).build();
    }
}
