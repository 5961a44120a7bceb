package de.stammkunde.api.loyalty;

import de.stammkunde.api.client.IfMatch;
import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.loyalty.application.LoyaltyAccounts;
import de.stammkunde.loyalty.application.LoyaltyService;
import de.stammkunde.loyalty.application.LoyaltySettingsChange;
import de.stammkunde.loyalty.application.LoyaltySettingsService;
import de.stammkunde.loyalty.application.LoyaltySettingsView;
import de.stammkunde.loyalty.application.Mismatch;
import de.stammkunde.loyalty.application.ResetReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** The loyalty program of one business: every member reads its settings, owners and managers change them. */
@Path("v1/tenants/{tenant}/loyalty")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class LoyaltyResource {

    @Inject
    LoyaltySettingsService settings;

    @Inject
    LoyaltyAccounts accounts;

    @Inject
    LoyaltyService loyalty;

    @Inject
    RequestValidator validator;

    @Context
    HttpServletRequest request;

    @GET
    @Path("settings")
    @Operation(summary = "The loyalty program's settings", description = "enabled; pointsPerEuroEnabled and"
            + " pointsPerEuro (decimal, floor(total € × ratio) per fully paid invoice); sessionPoints per session type")
    public Response get() {
        LoyaltySettingsView current = settings.current();
        return Response.ok(current).tag(new EntityTag(String.valueOf(current.version()))).build();
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the loyalty program's settings", description = "Owners and managers only (403"
            + " otherwise); missing fields stay; applies to later events only, never to points or rewards given;"
            + " If-Match honoured (409 loyalty-settings-changed when stale)")
    public Response change(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LoyaltySettingsRequest body) {
        StaffRoles.requireManager(request, "change the loyalty program");
        LoyaltySettingsChange change = validator.convert(body, b -> new LoyaltySettingsChange(b.enabled(),
                b.pointsPerEuroEnabled(), b.pointsPerEuro(), b.sessionPoints() == null ? null
                : b.sessionPoints().stream().map(p -> new LoyaltySettingsChange.SessionPointsChange(p.sessionTypeId(),
                        p.points(), p.enabled() == null || p.enabled())).toList()));
        LoyaltySettingsView changed = settings.change(IfMatch.optional(ifMatch), change);
        return Response.ok(changed).tag(new EntityTag(String.valueOf(changed.version()))).build();
    }

    @POST
    @Path("reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reset automatic points", description = "Owners and managers; needs confirm: true (400"
            + " otherwise); every payment and session point (also recalculated) is taken back by one REVERSAL entry per"
            + " invoice or appointment, visible in each ledger; manual, referral and welcome points and rewards stay;"
            + " 409 recalculation-running while a recalculation is queued or running")
    public ResetReport reset(ResetRequest body) {
        StaffRoles.requireManager(request, "reset points");
        return loyalty.resetAutomatic(body != null && Boolean.TRUE.equals(body.confirm()));
    }

    @GET
    @Path("reconciliation")
    @Operation(summary = "Balances that differ from their ledger",
            description = "Every client whose kept balance is not the sum of their ledger entries; always empty")
    public List<Mismatch> reconciliation() {
        return accounts.reconciliation();
    }
}
