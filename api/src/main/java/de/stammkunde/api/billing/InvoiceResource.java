package de.stammkunde.api.billing;

import de.stammkunde.api.idempotency.IdempotentPosts;
import de.stammkunde.api.problem.InvalidRequest;
import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.billing.application.InvoicePage;
import de.stammkunde.billing.application.InvoiceQuery;
import de.stammkunde.billing.application.InvoiceService;
import de.stammkunde.billing.application.InvoiceView;
import de.stammkunde.billing.domain.InvoiceData;
import de.stammkunde.billing.domain.PaymentData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.Clock;

/** The invoices of one business. The tenant filter has checked the caller and set the tenant. */
@Path("v1/tenants/{tenant}/invoices")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    @Inject
    InvoiceService invoices;

    @Inject
    RequestValidator validator;

    @Inject
    IdempotentPosts idempotent;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an invoice", description = "Line items in cents; the total is their sum")
    public Response create(InvoiceRequest request, @Context UriInfo uriInfo) {
        InvoiceData data = validator.convert(request, r -> InvoiceData.of(r.clientId(), r.lines() == null ? null
                : r.lines().stream().map(line -> line == null ? null : new InvoiceData.Line(line.description(),
                        line.quantity(), line.unitPriceCents(), line.appointmentId())).toList()));
        InvoiceView created = invoices.create(data);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "Page invoices, newest first",
            description = "status (OPEN, PARTIALLY_PAID, PAID, CANCELLED, REFUNDED) and clientId filter")
    public InvoicePage list(@QueryParam("status") String status, @QueryParam("clientId") String clientId,
                            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return invoices.list(InvoiceQuery.of(status, id("clientId", clientId), page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One invoice", description = "Lines, payments, refunds, what is open")
    public InvoiceView get(@PathParam("id") long id) {
        return invoices.find(id);
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a payment",
            description = "409 invoice-overpaid names what is open; Idempotency-Key makes a retry safe: the same "
                    + "key and body replay the first answer, the same key with another body is refused with 422")
    public Response pay(@PathParam("id") long id, @HeaderParam(IdempotentPosts.HEADER) String key,
                        PaymentRequest request, @Context UriInfo uriInfo) {
        PaymentData data = validator.convert(request, r -> PaymentData.of(r.amountCents(), r.method(), r.kind(),
                r.paidAt(), clock.instant()));
        return idempotent.post(key, uriInfo, request, () -> {
            InvoiceService.PaymentRecorded recorded = invoices.pay(id, data);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(recorded.payment().id()))
                    .build()).entity(recorded).build();
        });
    }

    @GET
    @Path("{id}/payments/{paymentId}")
    @Operation(summary = "One payment of an invoice")
    public InvoiceView.PaymentView payment(@PathParam("id") long id, @PathParam("paymentId") long paymentId) {
        return invoices.payment(id, paymentId);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel an invoice", description = "Only while nothing is paid (409 invoice-not-cancellable)")
    public InvoiceView cancel(@PathParam("id") long id, ReasonRequest request) {
        return invoices.cancel(id, reason(request));
    }

    @POST
    @Path("{id}/refund")
    @Operation(summary = "Refund an invoice",
            description = "Gives back everything paid on a paid or partially paid invoice; Idempotency-Key honoured")
    public Response refund(@PathParam("id") long id, @HeaderParam(IdempotentPosts.HEADER) String key,
                           ReasonRequest request, @Context UriInfo uriInfo) {
        String reason = reason(request);
        return idempotent.post(key, uriInfo, request == null ? new ReasonRequest(null) : request,
                () -> Response.ok(invoices.refund(id, reason)).build());
    }

    private String reason(ReasonRequest request) {
        return request == null ? null : validator.convert(request, ReasonRequest::reason);
    }

    private static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequest.field(field, "a positive id");
        }
    }
}
