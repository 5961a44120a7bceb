package de.stammkunde.api.settings;

import de.stammkunde.api.client.IfMatch;
import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.settings.application.BusinessSettingsService;
import de.stammkunde.settings.application.SettingsView;
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


/** The settings of one business: every member reads them, owners and managers change them. */
@Path("v1/tenants/{tenant}/settings")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    BusinessSettingsService settings;

    @Inject
    RequestValidator validator;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The business's settings", description = "clientHistory: whether client changes are recorded;"
            + " imagePublication: whether consent to publish pictures is asked; reminderLeadHours: hours before an"
            + " appointment its reminder goes out (0 to 336, 0: none); birthdayGreetings: whether clients who agreed"
            + " to marketing emails get a birthday greeting")
    public Response get() {
        SettingsView current = settings.current();
        return Response.ok(current).tag(new EntityTag(String.valueOf(current.version()))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the business's settings",
            description = "Owners and managers only (403 otherwise); If-Match is honoured when given")
    public Response change(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SettingsRequest body) {
        StaffRoles.requireManager(request, "change settings");
        SettingsRequest checked = validator.convert(body, b -> b);
        SettingsView changed = settings.change(IfMatch.optional(ifMatch), checked.clientHistory(),
                checked.imagePublication(), checked.reminderLeadHours(), checked.birthdayGreetings());
        return Response.ok(changed).tag(new EntityTag(String.valueOf(changed.version()))).build();
    }
}
