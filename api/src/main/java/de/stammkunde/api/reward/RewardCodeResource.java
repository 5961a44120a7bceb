package de.stammkunde.api.reward;

import de.stammkunde.api.billing.ReasonRequest;
import de.stammkunde.api.idempotency.IdempotentPosts;
import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.reward.application.CodeView;
import de.stammkunde.reward.application.RewardTiers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.Map;

/** Reward codes: looked up and redeemed by any member of the business (at the counter). */
@Path("v1/tenants/{tenant}/reward-codes/{code}")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class RewardCodeResource {

    @Inject
    RewardTiers tiers;

    @Inject
    IdempotentPosts idempotent;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Look up a reward code", description = "State ACTIVE, REDEEMED or REVOKED, value, reward and"
            + " client; case and dash do not matter; 404 reward-code-not-found")
    public CodeView get(@PathParam("code") String code) {
        return tiers.code(code);
    }

    @POST
    @Path("redeem")
    @Operation(summary = "Redeem a reward code", description = "Marks it used with who and when; 409"
            + " reward-code-redeemed or reward-code-inactive otherwise; Idempotency-Key replays the first answer")
    public Response redeem(@PathParam("code") String code, @HeaderParam(IdempotentPosts.HEADER) String key,
                           @Context UriInfo uriInfo) {
        return idempotent.post(key, uriInfo, Map.of("code", code), () -> Response.ok(tiers.redeem(code)).build());
    }

    @POST
    @Path("revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a reward code", description = "Owners and managers, with a reason; the code can no"
            + " longer be redeemed (409 reward-code-inactive); 409 reward-code-not-active unless it is active")
    public CodeView revoke(@PathParam("code") String code, ReasonRequest body) {
        StaffRoles.requireManager(request, "withdraw reward codes");
        return tiers.revoke(code, body == null ? null : body.reason());
    }
}
