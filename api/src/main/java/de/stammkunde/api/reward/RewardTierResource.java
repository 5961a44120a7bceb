package de.stammkunde.api.reward;

import de.stammkunde.api.client.IfMatch;
import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.reward.application.RewardTiers;
import de.stammkunde.reward.application.TierView;
import de.stammkunde.reward.domain.RewardTierData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;
import java.util.Map;

/** The reward tiers of one business: every member reads them, owners and managers change them. */
@Path("v1/tenants/{tenant}/reward-tiers")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class RewardTierResource {

    @Inject
    RewardTiers tiers;

    @Inject
    RequestValidator validator;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Reward tiers", description = "By threshold, with how many clients received each")
    public List<TierView> list() {
        return tiers.list();
    }

    @GET
    @Path("preview")
    @Operation(summary = "How many clients a tier would be granted to at once",
            description = "Clients with at least threshold points (those who have tier already aside)")
    public Map<String, Long> preview(@QueryParam("threshold") Integer threshold, @QueryParam("tier") Long tier) {
        return Map.of("clients", tiers.preview(threshold == null ? 0 : threshold, tier));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One reward tier", description = "The ETag is the version for If-Match on updates")
    public Response get(@PathParam("id") long id) {
        TierView tier = tiers.find(id);
        return Response.ok(tier).tag(etag(tier)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a reward tier", description = "Owners and managers; type PROMO_CODE or GIFT_VOUCHER"
            + " (valueCents required) or CUSTOM; threshold in points; email on/off; granted at once to every client"
            + " already at or above the threshold (beyond 1000 clients in the background: granting is true)")
    public Response create(RewardTierRequest body, @Context UriInfo uriInfo) {
        StaffRoles.requireManager(request, "change reward tiers");
        TierView created = tiers.create(data(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(etag(created)).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a reward tier", description = "Owners and managers; needs If-Match (428 without,"
            + " 409 reward-tier-changed when stale); rewards granted stay; a lower threshold or activation grants"
            + " the tier to clients now above it")
    public Response change(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           RewardTierRequest body) {
        StaffRoles.requireManager(request, "change reward tiers");
        long expected = IfMatch.required(ifMatch);
        TierView changed = tiers.change(id, expected, data(body));
        return Response.ok(changed).tag(etag(changed)).build();
    }

    private RewardTierData data(RewardTierRequest body) {
        return validator.convert(body, b -> RewardTierData.of(b.name(), b.type(), b.valueCents(), b.threshold(),
                b.description(), b.email(), b.active()));
    }

    private static EntityTag etag(TierView tier) {
        return new EntityTag(String.valueOf(tier.version()));
    }
}
