package de.stammkunde.api.consent;

import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.consent.application.ConsentService;
import de.stammkunde.consent.application.ConsentTextView;
import de.stammkunde.shared.error.Invalid;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** The business's consent texts: every version; owners and managers publish new ones. */
@Path("v1/tenants/{tenant}/consents/texts")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentTextResource {

    private static final int MAX_OUTDATED = 500;
    @Inject
    ConsentService consents;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Consent texts", description = "Every version per purpose and language, newest first;"
            + " current marks the one forms show")
    public List<ConsentTextView> list() {
        return consents.texts();
    }

    @GET
    @Path("outdated")
    @Operation(summary = "Clients with outdated consent texts", description = "Given or unconfirmed answers that refer"
            + " to an older text version than the current one; optionally for one purpose; at most 500")
    public List<ConsentService.OutdatedConsent> outdated(@jakarta.ws.rs.QueryParam("purpose") String purpose) {
        var checked = purpose == null || purpose.isBlank() ? null
                : de.stammkunde.consent.domain.ConsentPurpose.bySlug(purpose)
                        .orElseThrow(() -> Invalid.field("purpose", "a known purpose, e.g. data-processing"));
        return consents.outdated(checked, MAX_OUTDATED);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new text version", description = "Owners and managers; old versions stay and"
            + " answers keep the version they were given under")
    public Response publish(ConsentTextRequest body) {
        StaffRoles.requireManager(request, "publish consent texts");
        if (body == null) {
            throw Invalid.field("body", "required");
        }
        var purpose = de.stammkunde.consent.domain.ConsentPurpose.bySlug(body.purpose() == null ? "" : body.purpose())
                .orElseThrow(() -> Invalid.field("purpose", "one of data-processing, appointment-updates, marketing,"
                        + " personalised-suggestions, image-publication"));
        return Response.status(Response.Status.CREATED).entity(consents.publish(purpose, body.language(), body.body()))
                .build();
    }
}
