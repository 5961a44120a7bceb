package de.stammkunde.api.referral;

import de.stammkunde.referral.application.ReferralCodeService;
import de.stammkunde.referral.application.ReferralCodeView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Finding the client of a referral code. */
@Path("v1/tenants/{tenant}/referral-codes/{code}")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralCodeResource {

    @Inject
    ReferralCodeService codes;

    @GET
    @Operation(summary = "The client with a referral code", description = "Case does not matter; 404"
            + " referral-code-not-found")
    public ReferralCodeView find(@PathParam("code") String code) {
        return codes.find(code);
    }
}
