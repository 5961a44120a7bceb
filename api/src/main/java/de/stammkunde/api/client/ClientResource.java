package de.stammkunde.api.client;

import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.client.application.ClientCsv;
import de.stammkunde.client.application.ClientHistoryEntry;
import de.stammkunde.client.application.ClientPage;
import de.stammkunde.client.application.ClientQuery;
import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientView;
import de.stammkunde.client.domain.ClientData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The clients of one business. The tenant filter has checked the caller and set the tenant. */
@Path("v1/tenants/{tenant}/clients")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ClientResource {

    @Inject
    ClientService clients;

    @Inject
    Clock clock;

    @Inject
    RequestValidator validator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a client", description = "409 names the existing client with the same email or phone")
    public Response create(ClientRequest request, @Context UriInfo uriInfo) {
        ClientView created = clients.create(data(request));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(etag(created))
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "Search and page clients",
            description = "q searches name, email, phone and tags; status (NEW, REGULAR, INACTIVE), tag and consent"
                    + " (given or missing data-processing consent) filter")
    public ClientPage list(@QueryParam("q") String q, @QueryParam("status") String status,
                           @QueryParam("tag") String tag, @QueryParam("consent") String consent,
                           @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                           @QueryParam("sort") String sort) {
        return clients.list(ClientQuery.of(q, status, tag, page, size, sort).withConsent(consent));
    }

    @GET
    @Path("tags")
    @Operation(summary = "Tags in use", description = "Alphabetically, for filter choices")
    public List<String> tags() {
        return clients.tags();
    }

    @GET
    @Produces(ClientCsv.MEDIA_TYPE + ";qs=0.5")
    @Operation(summary = "Export the (searched) client list as CSV", description = "Streamed page by page")
    public Response export(@QueryParam("q") String q, @QueryParam("status") String status,
                           @QueryParam("tag") String tag, @QueryParam("consent") String consent,
                           @QueryParam("sort") String sort) {
        ClientQuery first = ClientQuery.of(q, status, tag, 0, ClientQuery.MAX_SIZE, sort).withConsent(consent);
        StreamingOutput body = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            new ClientCsv(writer).writeAll(first, clients::list);
        };
        return Response.ok(body, ClientCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"clients.csv\"")
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One client", description = "The ETag is the version for If-Match on updates")
    public Response get(@PathParam("id") long id) {
        ClientView client = clients.find(id);
        return Response.ok(client).tag(etag(client)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a client", description = "Needs If-Match with the ETag; 412 when someone changed it since")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ClientRequest request) {
        long expected = IfMatch.required(ifMatch);
        ClientView updated = clients.update(id, expected, data(request));
        return Response.ok(updated).tag(etag(updated)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a client", description = "Hides the client; If-Match is honoured when given")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        clients.delete(id, IfMatch.optional(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Change history", description = "Every revision, newest first: who, when, field: old -> new")
    public List<ClientHistoryEntry> history(@PathParam("id") long id) {
        return clients.history(id);
    }

    static EntityTag etag(ClientView client) {
        return new EntityTag(String.valueOf(client.version()));
    }

    private ClientData data(ClientRequest request) {
        LocalDate today = LocalDate.now(clock);
        return validator.convert(request, r -> ClientData.of(r.firstName(), r.lastName(), r.email(), r.phone(),
                r.birthday(), r.gender(), r.street(), r.postalCode(), r.city(), r.country(), r.notes(), r.tags(),
                r.statusOverride(), r.preferredLanguage(), today));
    }
}
