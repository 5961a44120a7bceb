package de.stammkunde.api.integration;

import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.tenancy.application.ApiKeyView;
import de.stammkunde.tenancy.application.ApiKeys;
import de.stammkunde.tenancy.application.NewApiKey;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * The API keys of one business, for its owners only (403 {@code api-key-owner-required} for
 * everyone else). The tenant filter has checked the caller's membership and set the tenant.
 */
@Path("v1/tenants/{tenant}/api-keys")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "Not an owner of the business (api-key-owner-required), or not a member")
public class ApiKeyResource {

    @Inject
    ApiKeys keys;

    @Inject
    RequestValidator validator;

    @GET
    @Operation(summary = "The business's API keys", description = "Newest first, with prefix, last use and revocation;"
            + " never the secret")
    public List<ApiKeyView> list() {
        return keys.list(TenantContext.require(), AuditContext.current().actor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API key",
            description = "The answer holds the secret (sk_…); it is shown this once and stored only as a hash")
    @APIResponse(responseCode = "201", description = "Created; the body's secret is never shown again")
    public Response create(ApiKeyRequest request, @Context UriInfo uriInfo) {
        String name = validator.convert(request, ApiKeyRequest::name);
        NewApiKey created = keys.create(TenantContext.require(), AuditContext.current().actor(), name);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.key().id())).build())
                .header("Cache-Control", "no-store")
                .entity(created)
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API key", description = "At once and for good; revoking twice changes nothing")
    public ApiKeyView revoke(@PathParam("id") long id) {
        return keys.revoke(TenantContext.require(), AuditContext.current().actor(), id);
    }
}
