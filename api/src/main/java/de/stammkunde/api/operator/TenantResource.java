package de.stammkunde.api.operator;

import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.api.security.Caller;
import de.stammkunde.tenancy.application.MigrationOutcome;
import de.stammkunde.tenancy.application.NewTenant;
import de.stammkunde.tenancy.application.TenantMigrations;
import de.stammkunde.tenancy.application.TenantProvisioning;
import de.stammkunde.tenancy.application.TenantRegistry;
import de.stammkunde.tenancy.application.TenantView;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** Operators create, list, suspend and resume tenants. */
@Path("v1/operator/tenants")
@RequestScoped
@RolesAllowed("operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantMigrations migrations;

    @Inject
    RequestValidator validator;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a tenant",
            description = "Schema, Keycloak organization, owner membership and invitation; usable at once")
    public Response create(NewTenantRequest request, @Context UriInfo uriInfo) {
        NewTenant tenant = validator.convert(request,
                r -> NewTenant.of(r.slug(), r.name(), r.locale(), r.timeZone(), r.ownerEmail()));
        TenantView created = provisioning.provision(tenant, caller.username());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "All tenants with their status and schema version")
    public List<TenantView> list() {
        return registry.list();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One tenant")
    public TenantView get(@PathParam("slug") String slug) {
        return registry.view(slug(slug));
    }

    @POST
    @Path("migrations")
    @Operation(summary = "Migrate every tenant schema",
            description = "Each tenant on its own; failures are recorded per tenant and do not stop the others")
    public List<MigrationOutcome> migrateAll() {
        return migrations.migrateAll();
    }

    @POST
    @Path("{slug}/migration")
    @Operation(summary = "Migrate (or retry) one tenant's schema")
    public MigrationOutcome migrate(@PathParam("slug") String slug) {
        return migrations.migrate(slug(slug));
    }

    @POST
    @Path("{slug}/suspend")
    @Operation(summary = "Suspend a tenant", description = "Its staff are refused until it is resumed; nothing is lost")
    public TenantView suspend(@PathParam("slug") String slug) {
        return registry.suspend(slug(slug), caller.username());
    }

    @POST
    @Path("{slug}/resume")
    @Operation(summary = "Resume a suspended tenant")
    public TenantView resume(@PathParam("slug") String slug) {
        return registry.resume(slug(slug), caller.username());
    }

    private static TenantSlug slug(String value) {
        if (!TenantSlug.isValid(value)) {
            throw new NotFoundException();
        }
        return new TenantSlug(value);
    }
}
