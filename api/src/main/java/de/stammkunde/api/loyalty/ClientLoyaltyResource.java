package de.stammkunde.api.loyalty;

import de.stammkunde.api.idempotency.IdempotentPosts;
import de.stammkunde.api.problem.InvalidRequest;
import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.api.tenancy.StaffRoles;
import de.stammkunde.loyalty.application.LedgerEntryView;
import de.stammkunde.loyalty.application.LedgerPage;
import de.stammkunde.loyalty.application.LoyaltyAccount;
import de.stammkunde.loyalty.application.LoyaltyAccounts;
import de.stammkunde.loyalty.application.LoyaltyCsv;
import de.stammkunde.loyalty.application.LoyaltyService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** A client's points: the loyalty box, the ledger, and points added or deducted by hand. */
@Path("v1/tenants/{tenant}/clients/{id}/loyalty")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ClientLoyaltyResource {

    @Inject
    LoyaltyAccounts accounts;

    @Inject
    LoyaltyService loyalty;

    @Inject
    RequestValidator validator;

    @Inject
    IdempotentPosts idempotent;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "A client's loyalty account", description = "Balance, points per source, rewards with"
            + " codes and state, the next reward within reach")
    public LoyaltyAccount account(@PathParam("id") long id) {
        return accounts.account(id);
    }

    @GET
    @Path("ledger")
    @Operation(summary = "A client's ledger", description = "Every change of points, newest first; page from 0,"
            + " size 1-200")
    public LedgerPage ledger(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw InvalidRequest.field("page", "0 or more");
        }
        if (size < 1 || size > LoyaltyAccounts.MAX_PAGE_SIZE) {
            throw InvalidRequest.field("size", "1 to " + LoyaltyAccounts.MAX_PAGE_SIZE);
        }
        return accounts.ledger(id, page, size);
    }

    @GET
    @Path("ledger")
    @Produces(LoyaltyCsv.MEDIA_TYPE + ";qs=0.5")
    @Operation(summary = "A client's ledger as CSV", description = "Every entry, newest first, streamed")
    public Response ledgerCsv(@PathParam("id") long id) {
        accounts.ledger(id, 0, 1);
        StreamingOutput body = output -> LoyaltyCsv.ledger(new OutputStreamWriter(output, StandardCharsets.UTF_8),
                number -> accounts.ledger(id, number, LoyaltyAccounts.MAX_PAGE_SIZE));
        return Response.ok(body, LoyaltyCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ledger-" + id + ".csv\"").build();
    }

    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or deduct points by hand", description = "Owners and managers; points > 0 adds,"
            + " < 0 deducts; reason required; a deduction below zero needs belowZero: true (409 balance-below-zero"
            + " otherwise); Idempotency-Key honoured")
    public Response change(@PathParam("id") long id, @HeaderParam(IdempotentPosts.HEADER) String key,
                           PointsRequest body, @Context UriInfo uriInfo) {
        StaffRoles.requireManager(request, "change points by hand");
        PointsRequest checked = validator.convert(body, b -> b);
        if (checked.points() == 0) {
            throw InvalidRequest.field("points", "-1000000 to 1000000, not 0");
        }
        return idempotent.post(key, uriInfo, checked, () -> {
            LedgerEntryView entry = checked.points() > 0
                    ? loyalty.add(id, checked.points(), checked.reason())
                    : loyalty.deduct(id, -checked.points(), checked.reason(), Boolean.TRUE.equals(checked.belowZero()));
            return Response.status(Response.Status.CREATED).entity(entry).build();
        });
    }
}
