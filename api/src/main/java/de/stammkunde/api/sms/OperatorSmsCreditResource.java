package de.stammkunde.api.sms;

import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.api.security.Caller;
import de.stammkunde.messaging.sms.SmsCreditView;
import de.stammkunde.messaging.sms.SmsCredits;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Operators top up a business's SMS credits and read its ledger; each top-up is in the operators' audit log. */
@Path("v1/operator/tenants/{slug}/sms-credits")
@RequestScoped
@RolesAllowed("operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such business (tenant-not-found)")
public class OperatorSmsCreditResource {

    @Inject
    SmsCredits credits;

    @Inject
    RequestValidator validator;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Top up a business's SMS credits",
            description = "credits: 1 to 100000; note: up to 500 characters, e.g. the invoice the credits were bought with")
    @APIResponse(responseCode = "201", description = "The new balance and the ledger entry")
    public Response topUp(@PathParam("slug") String slug, SmsTopUpRequest request, @Context UriInfo uriInfo) {
        TenantSlug tenant = slug(slug);
        SmsTopUpRequest checked = validator.convert(request, r -> r);
        SmsCreditView topped = credits.topUp(tenant, checked.credits(), caller.username(), checked.note());
        return Response.created(uriInfo.getAbsolutePath()).entity(topped).build();
    }

    @GET
    @Operation(summary = "A business's SMS credit balance and ledger", description = "Newest entries first")
    public SmsCreditsView get(@PathParam("slug") String slug, @QueryParam("page") Integer page,
                              @QueryParam("size") Integer size) {
        TenantSlug tenant = slug(slug);
        Paging paging = Paging.of(page, size);
        return new SmsCreditsView(tenant.value(), credits.balance(tenant),
                credits.ledger(tenant, paging.page(), paging.size()), paging.page(), paging.size());
    }

    private static TenantSlug slug(String value) {
        if (!TenantSlug.isValid(value)) {
            throw new NotFoundException();
        }
        return new TenantSlug(value);
    }
}
