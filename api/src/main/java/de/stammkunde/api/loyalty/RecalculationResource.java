package de.stammkunde.api.loyalty;

import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.loyalty.application.RecalculationPreview;
import de.stammkunde.loyalty.application.RecalculationView;
import de.stammkunde.loyalty.application.Recalculations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** Retroactive recalculation of payment and session points: a preview, then a background run. */
@Path("v1/tenants/{tenant}/loyalty/recalculations")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class RecalculationResource {

    @Inject
    Recalculations recalculations;

    @Context
    HttpServletRequest request;

    @GET
    @Path("preview")
    @Operation(summary = "What a recalculation would award", description = "months 3, 6 or 12, none for all time:"
            + " the fully paid invoices and confirmed sessions of the period without automatic points, the points,"
            + " and per client the points and rewards that would unlock (at most 200 clients, most points first)")
    public RecalculationPreview preview(@QueryParam("months") Integer months) {
        StaffRoles.requireManager(request, "recalculate points");
        return recalculations.preview(months);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a recalculation", description = "Owners and managers; 202 with the recalculation,"
            + " which runs in the background (state, phase and counts on GET …/{id}); the starter gets an email when it"
            + " is done; 409 recalculation-running while another one is open; a second run awards nothing new")
    public Response start(RecalculationRequest body, @Context UriInfo uriInfo) {
        StaffRoles.requireManager(request, "recalculate points");
        RecalculationView started = recalculations.start(body == null ? null : body.months());
        recalculations.run(started.id());
        return Response.accepted(started)
                .location(uriInfo.getAbsolutePathBuilder().path(String.valueOf(started.id())).build()).build();
    }

    @GET
    @Operation(summary = "The recalculations", description = "Newest first, the last 50")
    public List<RecalculationView> list() {
        return recalculations.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One recalculation", description = "State QUEUED, RUNNING (phase awarding, rewards, email),"
            + " DONE or FAILED, and the counts")
    public RecalculationView get(@PathParam("id") long id) {
        return recalculations.find(id);
    }
}
