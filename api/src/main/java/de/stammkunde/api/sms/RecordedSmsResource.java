package de.stammkunde.api.sms;

import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.messaging.sms.SmsRecordings;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;


/** Owners and managers read the SMS the development gateway recorded instead of sending them. */
@Path("v1/tenants/{tenant}/sms/recorded")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class RecordedSmsResource {

    @Inject
    SmsRecordings recordings;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "SMS recorded by the development gateway",
            description = "Owners and managers only (403 otherwise); newest first; always empty when a real SMS"
                    + " gateway is configured")
    public RecordedSmsPage list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        StaffRoles.requireManager(request, "read the recorded SMS");
        Paging paging = Paging.of(page, size);
        return new RecordedSmsPage(recordings.recorded(TenantContext.require(), paging.page(), paging.size()),
                paging.page(), paging.size());
    }
}
