package de.stammkunde.api.referral;

import de.stammkunde.api.client.IfMatch;
import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.referral.application.ReferralCodeService;
import de.stammkunde.referral.application.ReferralSettingsChange;
import de.stammkunde.referral.application.ReferralSettingsView;
import de.stammkunde.referral.domain.CodeStyle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** The referral settings of one business: everybody reads them, owners and managers change them. */
@Path("v1/tenants/{tenant}/referral/settings")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralSettingsResource {

    @Inject
    ReferralCodeService codes;

    @Inject
    RequestValidator validator;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The referral settings", description = "enabled, referrerPoints, welcomePoints, monthlyCap"
            + " (null: no limit), codeStyle: NAME (MARIE-DUPONT, default) or PSEUDONYM")
    public Response settings() {
        ReferralSettingsView current = codes.settings();
        return Response.ok(current).tag(new EntityTag(String.valueOf(current.version()))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the referral settings", description = "Owners and managers; enabled, referrerPoints,"
            + " welcomePoints, monthlyCap (0: no limit), codeStyle (new codes take it, codes given keep theirs);"
            + " missing fields stay; If-Match honoured (409 referral-settings-changed)")
    public Response change(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReferralSettingsRequest body) {
        StaffRoles.requireManager(request, "change the referral settings");
        ReferralSettingsChange change = validator.convert(body, b -> new ReferralSettingsChange(b.enabled(),
                b.referrerPoints(), b.welcomePoints(), b.monthlyCap(),
                b.codeStyle() == null ? null : CodeStyle.valueOf(b.codeStyle())));
        ReferralSettingsView changed = codes.change(IfMatch.optional(ifMatch), change);
        return Response.ok(changed).tag(new EntityTag(String.valueOf(changed.version()))).build();
    }
}
