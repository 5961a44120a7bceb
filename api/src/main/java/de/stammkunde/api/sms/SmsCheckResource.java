package de.stammkunde.api.sms;

import de.stammkunde.api.problem.InvalidRequest;
import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.messaging.sms.SmsCheck;
import de.stammkunde.messaging.sms.SmsCheckView;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;


/** Owners and managers send themselves a test SMS, paid from the business's SMS credits. */
@Path("v1/tenants/{tenant}/sms/checks")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class SmsCheckResource {

    @Inject
    SmsCheck check;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a test SMS",
            description = "Owners and managers only (403 otherwise); costs one credit per segment, given back when"
                    + " the gateway does not take the SMS")
    @APIResponse(responseCode = "200", description = "The gateway accepted the SMS; the body holds the credits left")
    @APIResponse(responseCode = "409", description = "Not enough SMS credits (sms-credits-exhausted); nothing sent")
    @APIResponse(responseCode = "503", description = "The SMS gateway is unavailable (sms-gateway-unavailable)")
    public SmsCheckView send(SmsCheckRequest body) {
        StaffRoles.requireManager(request, "send test SMS");
        if (body == null || body.to() == null || body.to().isBlank()) {
            throw InvalidRequest.field("to", "required");
        }
        return check.send(TenantContext.require(), body.to());
    }
}
