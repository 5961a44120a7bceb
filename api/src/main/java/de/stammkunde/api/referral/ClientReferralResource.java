package de.stammkunde.api.referral;

import de.stammkunde.referral.application.ReferralCodeService;
import de.stammkunde.referral.application.ReferralCodeView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A client's referral code and booking link. */
@Path("v1/tenants/{tenant}/clients/{id}/referral-code")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ClientReferralResource {

    @Inject
    ReferralCodeService codes;

    @GET
    @Operation(summary = "A client's referral code and link", description = "The booking link carries it as ?ref=")
    public ReferralCodeView code(@PathParam("id") long id) {
        return codes.codeOf(id);
    }

    @POST
    @Path("pseudonym")
    @Operation(summary = "A new pseudonymous code for a client", description = "e.g. K7M-Q2P, for clients who should"
            + " not be recognisable from a forwarded link; the old code stops working and is never given again")
    public ReferralCodeView pseudonym(@PathParam("id") long id) {
        return codes.renewPseudonymous(id);
    }
}
