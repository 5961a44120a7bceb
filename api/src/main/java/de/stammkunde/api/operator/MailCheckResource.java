package de.stammkunde.api.operator;

import de.stammkunde.api.problem.InvalidRequest;
import de.stammkunde.api.security.Caller;
import de.stammkunde.messaging.application.MailCheck;
import de.stammkunde.messaging.domain.EmailAddress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.Instant;

/** Operators check the platform's outgoing mail by sending themselves a test email. */
@Path("v1/operator/mail-checks")
@RequestScoped
@RolesAllowed("operator")
@SecurityRequirement(name = "keycloak")
public class MailCheckResource {

    @Inject
    MailCheck mailCheck;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a test email", description = "200 once the SMTP server accepted it, 502 otherwise")
    public MailCheckView send(MailCheckRequest request) throws MailCheck.MailNotAccepted {
        EmailAddress to = recipient(request);
        mailCheck.sendTestMail(to, caller.username());
        return new MailCheckView(to.value(), Instant.now());
    }

    private static EmailAddress recipient(MailCheckRequest request) {
        if (request == null || request.to() == null || request.to().isBlank()) {
            throw InvalidRequest.field("to", "required");
        }
        try {
            return new EmailAddress(request.to());
        } catch (EmailAddress.InvalidEmailAddress e) {
            throw InvalidRequest.field("to", "not a valid email address");
        }
    }
}
