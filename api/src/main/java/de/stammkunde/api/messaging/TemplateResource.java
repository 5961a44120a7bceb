package de.stammkunde.api.messaging;

import de.stammkunde.api.client.IfMatch;
import de.stammkunde.api.problem.InvalidRequest;
import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.messaging.application.PreviewView;
import de.stammkunde.messaging.application.TemplateView;
import de.stammkunde.messaging.application.Templates;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.messaging.domain.TemplateText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;
import java.util.Locale;

/** The business's message templates per kind, channel and language; owners and managers change them. */
@Path("v1/tenants/{tenant}/message-templates")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    @Inject
    Templates templates;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Every template", description = "The wording used now per kind, channel and language; custom"
            + " tells whether it is the business's own; placeholders lists what the kind may use")
    public List<TemplateView> list() {
        return templates.list();
    }

    @GET
    @Path("{kind}/{channel}/{language}")
    @Operation(summary = "One template")
    public Response get(@PathParam("kind") String kind, @PathParam("channel") String channel,
                        @PathParam("language") String language) {
        TemplateView view = templates.view(kind(kind), channel(channel), language);
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @PUT
    @Path("{kind}/{channel}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the business's wording", description = "Owners and managers; 400 names syntax errors"
            + " and unknown placeholders; If-Match is honoured when given")
    public Response save(@PathParam("kind") String kind, @PathParam("channel") String channel,
                         @PathParam("language") String language, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         TemplateRequest body) {
        mayChange();
        TemplateRequest checked = body == null ? new TemplateRequest(null, null) : body;
        TemplateView view = templates.save(kind(kind), channel(channel), language,
                new TemplateText(checked.subject(), checked.body()), IfMatch.optional(ifMatch));
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @DELETE
    @Path("{kind}/{channel}/{language}")
    @Operation(summary = "Back to the default wording", description = "Owners and managers")
    public TemplateView reset(@PathParam("kind") String kind, @PathParam("channel") String channel,
                              @PathParam("language") String language) {
        mayChange();
        return templates.reset(kind(kind), channel(channel), language);
    }

    @POST
    @Path("{kind}/{channel}/{language}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview wording on a sample client", description = "Nothing is saved; problems lists what"
            + " is wrong instead of a rendering")
    public PreviewView preview(@PathParam("kind") String kind, @PathParam("channel") String channel,
                               @PathParam("language") String language, TemplateRequest body) {
        TemplateRequest checked = body == null ? new TemplateRequest(null, null) : body;
        return templates.preview(kind(kind), channel(channel), language,
                new TemplateText(checked.subject(), checked.body()));
    }

    private void mayChange() {
        StaffRoles.requireManager(request, "change templates");
    }

    static MessageKind kind(String kind) {
        return MessageKind.bySlug(kind == null ? "" : kind.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> InvalidRequest.field("kind", "one of the message kinds, e.g. appointment-reminder"));
    }

    static MessageChannel channel(String channel) {
        return MessageResource.value(MessageChannel.class, "channel", channel);
    }
}
