package de.stammkunde.api.referral;

import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.referral.application.ReferralView;
import de.stammkunde.referral.application.Referrals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** The friends a client referred (and who referred them); staff register a referred friend. */
@Path("v1/tenants/{tenant}/clients/{id}/referrals")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ClientReferralsResource {

    /** The friend a client referred. */
    public record ReferredFriendRequest(@NotNull(message = "required") Long referredClientId) {
    }

    @Inject
    Referrals referrals;

    @Inject
    RequestValidator validator;

    @GET
    @Operation(summary = "A client's referrals", description = "Who referred the client (first, if anyone) and the"
            + " friends they referred, with what came of each (outcome once the friend's first session is confirmed)")
    public List<ReferralView> list(@PathParam("id") long id) {
        return referrals.ofClient(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a friend the client referred", description = "409 self-referral (same client, email"
            + " or phone), already-referred (a client is referred once), referrals-off; points when the friend's first"
            + " session is confirmed")
    public Response register(@PathParam("id") long id, ReferredFriendRequest body) {
        ReferredFriendRequest checked = validator.convert(body, b -> b);
        return Response.status(Response.Status.CREATED).entity(referrals.register(id, checked.referredClientId()))
                .build();
    }
}
