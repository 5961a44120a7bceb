package de.stammkunde.api.reward;

import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.reward.application.GrantView;
import de.stammkunde.reward.application.RewardTiers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** The rewards a client received, and one given by hand before its threshold. */
@Path("v1/tenants/{tenant}/clients/{id}/rewards")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ClientRewardResource {

    @Inject
    RewardTiers tiers;

    @Inject
    RequestValidator validator;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The rewards a client received", description = "Newest first, with codes and state")
    public List<GrantView> list(@PathParam("id") long id) {
        return tiers.ofClient(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a client a reward by hand", description = "Owners and managers; a tier's reward before"
            + " its threshold, with the reason; 409 reward-granted-already when the client has it")
    public Response assign(@PathParam("id") long id, AssignRequest body) {
        StaffRoles.requireManager(request, "give rewards by hand");
        AssignRequest checked = validator.convert(body, b -> b);
        GrantView grant = tiers.assign(id, checked.tierId(), checked.reason());
        return Response.status(Response.Status.CREATED).entity(grant).build();
    }
}
