package de.stammkunde.api.appointment;

import de.stammkunde.api.client.IfMatch;
import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.appointment.application.SessionTypeService;
import de.stammkunde.appointment.application.SessionTypeView;
import de.stammkunde.appointment.domain.SessionTypeData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** The session types of one business: every member reads them, owners and managers change them. */
@Path("v1/tenants/{tenant}/session-types")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class SessionTypeResource {

    @Inject
    SessionTypeService sessionTypes;

    @Inject
    RequestValidator validator;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Session types", description = "By name; active=true lists only those that can be booked")
    public List<SessionTypeView> list(@QueryParam("active") boolean activeOnly) {
        return sessionTypes.list(activeOnly);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One session type", description = "The ETag is the version for If-Match on updates")
    public Response get(@PathParam("id") long id) {
        SessionTypeView type = sessionTypes.find(id);
        return Response.ok(type).tag(etag(type)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a session type",
            description = "Owners and managers only (403 role-forbidden otherwise); 409 when the name is taken")
    public Response create(SessionTypeRequest body, @Context UriInfo uriInfo) {
        StaffRoles.requireManager(request, "change session types");
        SessionTypeView created = sessionTypes.create(data(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(etag(created)).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a session type",
            description = "Owners and managers only; needs If-Match (428 without, 409 session-type-changed when stale)")
    public Response change(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           SessionTypeRequest body) {
        StaffRoles.requireManager(request, "change session types");
        long expected = IfMatch.required(ifMatch);
        SessionTypeView changed = sessionTypes.change(id, expected, data(body));
        return Response.ok(changed).tag(etag(changed)).build();
    }

    private SessionTypeData data(SessionTypeRequest body) {
        return validator.convert(body, b -> SessionTypeData.of(b.name(), b.durationMinutes(), b.defaultPriceCents(),
                b.active()));
    }

    private static EntityTag etag(SessionTypeView type) {
        return new EntityTag(String.valueOf(type.version()));
    }
}
