package de.stammkunde.api.staff;

import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.tenancy.application.NewStaffMember;
import de.stammkunde.tenancy.application.StaffDirectory;
import de.stammkunde.tenancy.application.StaffMemberView;
import de.stammkunde.tenancy.domain.StaffRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/**
 * The staff of one business, for its owners only: everyone else gets 403 {@code owner-required}.
 * The tenant filter has checked the caller's membership and set the tenant.
 */
@Path("v1/tenants/{tenant}/staff")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "Not an owner of the business (owner-required), or not a member")
public class StaffResource {

    @Inject
    StaffDirectory staff;

    @Inject
    RequestValidator validator;

    @GET
    @Operation(summary = "The members of the business",
            description = "Subject, email, role and member since; owners first, at most 500")
    public List<StaffMemberView> list() {
        return staff.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a staff member",
            description = "Finds or creates the Keycloak user, adds them to the business's organization and emails"
                    + " the invitation (new users also get a link to choose a password). 409 staff-member-exists"
                    + " when the email is a member already; nothing is kept when a step fails")
    @APIResponse(responseCode = "201", description = "Invited; Location names the member by subject")
    public Response invite(StaffRequest request, @Context UriInfo uriInfo) {
        staff.requireOwner();
        NewStaffMember member = validator.convert(request, r -> NewStaffMember.of(r.email(), r.role()));
        StaffMemberView invited = staff.invite(member);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(invited.subject()).build())
                .entity(invited)
                .build();
    }

    @PUT
    @Path("{subject}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a member's role",
            description = "409 last-owner when the business would be left without an owner")
    public StaffMemberView changeRole(@PathParam("subject") String subject, RoleRequest request) {
        staff.requireOwner();
        StaffRole role = validator.convert(request, r -> NewStaffMember.role(r.role()));
        return staff.changeRole(subject, role);
    }

    @DELETE
    @Path("{subject}")
    @Operation(summary = "Remove a member",
            description = "Ends the membership and the Keycloak organization membership at once; 409 last-owner for"
                    + " the business's last owner, also when they remove themself")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("subject") String subject) {
        staff.remove(subject);
        return Response.noContent().build();
    }
}
