package de.stammkunde.api.messaging;

import de.stammkunde.api.client.IfMatch;
import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.messaging.application.CampaignPage;
import de.stammkunde.messaging.application.CampaignPreview;
import de.stammkunde.messaging.application.CampaignRequest;
import de.stammkunde.messaging.application.CampaignView;
import de.stammkunde.messaging.application.Campaigns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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


/**
 * Newsletter and re-permission campaigns: drafts, preview with the audience, schedule, send now,
 * cancel. Everyone on the staff reads and previews; owners and managers change.
 */
@Path("v1/tenants/{tenant}/campaigns")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    /** When to send a scheduled campaign: an ISO-8601 instant in the future. */
    public record ScheduleRequest(String at) {
    }

    @Inject
    Campaigns campaigns;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The campaigns", description = "Newest first, with state and counts; page from 0, size 1-200")
    public CampaignPage list(@QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("25") int size) {
        return campaigns.page(page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a campaign", description = "Owners and managers. kind newsletter (subjectDe and bodyDe"
            + " required, English optional, placeholders {{firstName}}, {{lastName}}, {{businessName}}) or"
            + " repermission (wording from the re-permission template); optional audience filter tag and"
            + " clientStatus (NEW, REGULAR, INACTIVE); 400 names every bad field")
    public Response create(CampaignRequest body) {
        mayChange();
        CampaignView created = campaigns.create(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(tag(created)).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One campaign")
    public Response get(@PathParam("id") long id) {
        CampaignView view = campaigns.view(id);
        return Response.ok(view).tag(tag(view)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft", description = "Owners and managers; only drafts (409 campaign-not-draft);"
            + " If-Match is honoured when given")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CampaignRequest body) {
        mayChange();
        CampaignView view = campaigns.update(id, body, IfMatch.optional(ifMatch));
        return Response.ok(view).tag(tag(view)).build();
    }

    @POST
    @Path("{id}/preview")
    @Operation(summary = "Preview a campaign", description = "The wording on a sample client in German and English,"
            + " the audience size and how many of them may receive it now (consent); nothing is sent")
    public CampaignPreview preview(@PathParam("id") long id) {
        return campaigns.preview(id);
    }

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send at a later time", description = "Owners and managers; {at}: an instant in the future;"
            + " drafts and scheduled campaigns only (409 otherwise)")
    public CampaignView schedule(@PathParam("id") long id, ScheduleRequest body) {
        mayChange();
        return campaigns.schedule(id, body == null ? null : body.at());
    }

    @POST
    @Path("{id}/send")
    @Operation(summary = "Send now", description = "Owners and managers; drafts and scheduled campaigns only (409"
            + " otherwise, so a second click sends nothing more); queued in the background")
    public CampaignView send(@PathParam("id") long id) {
        mayChange();
        return campaigns.sendNow(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Call a campaign off", description = "Owners and managers; only before it is sending (409"
            + " otherwise)")
    public CampaignView cancel(@PathParam("id") long id) {
        mayChange();
        return campaigns.cancel(id);
    }

    private void mayChange() {
        StaffRoles.requireManager(request, "change campaigns");
    }

    private static EntityTag tag(CampaignView view) {
        return new EntityTag(String.valueOf(view.version()));
    }
}
