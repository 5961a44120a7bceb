package de.stammkunde.api.integration;

import de.stammkunde.api.appointment.AppointmentRequest;
import de.stammkunde.api.appointment.BusinessTime;
import de.stammkunde.api.billing.InvoiceRequest;
import de.stammkunde.api.billing.PaymentRequest;
import de.stammkunde.api.client.ClientRequest;
import de.stammkunde.api.idempotency.IdempotentPosts;
import de.stammkunde.api.problem.InvalidRequest;
import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.appointment.application.AppointmentDraft;
import de.stammkunde.appointment.application.AppointmentService;
import de.stammkunde.appointment.application.AppointmentView;
import de.stammkunde.billing.application.InvoiceService;
import de.stammkunde.billing.application.InvoiceView;
import de.stammkunde.billing.domain.InvoiceData;
import de.stammkunde.billing.domain.PaymentData;
import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientView;
import de.stammkunde.client.domain.ClientData;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.tenancy.application.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a machine integration may do in a business, with the bodies of the staff API plus an
 * optional {@code externalId}: the integration's own id, unique per kind of record. A create with
 * an external id seen before answers 200 with the first answer and creates nothing; with another
 * body it is refused (422 {@code external-id-conflict}). {@code Idempotency-Key} is honoured on
 * every POST. The {@link ApiKeyFilter} has checked the key and set the tenant.
 */
@Path("v1/integration/{tenant}")
@RequestScoped
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationResource {

    private static final String EXTERNAL_ID = "externalId";
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ClientService clients;

    @Inject
    AppointmentService appointments;

    @Inject
    InvoiceService invoices;

    @Inject
    TenantAccess access;

    @Inject
    IdempotentPosts idempotent;

    @Inject
    RequestValidator validator;

    @Inject
    Clock clock;

    @PathParam("tenant")
    String tenant;

    /** A body of the staff API and the integration's external id, read apart. */
    record Incoming<T>(String externalId, T request) {
    }

    @POST
    @Path("clients")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a client", description = "The body of POST /v1/tenants/{tenant}/clients plus externalId")
    public Response createClient(String body, @HeaderParam(IdempotentPosts.HEADER) String key, @Context UriInfo uriInfo) {
        Incoming<ClientRequest> in = read(body, ClientRequest.class);
        LocalDate today = LocalDate.now(clock);
        ClientData data = validator.convert(in.request(), r -> ClientData.of(r.firstName(), r.lastName(), r.email(),
                r.phone(), r.birthday(), r.gender(), r.street(), r.postalCode(), r.city(), r.country(), r.notes(),
                r.tags(), r.statusOverride(), r.preferredLanguage(), today));
        return idempotent.create("clients", in.externalId(), key, uriInfo, in.request(),
                () -> {
                    ClientView created = clients.create(data);
                    return created(uriInfo, created.id(), created);
                });
    }

    @GET
    @Path("clients/{id}")
    @Operation(summary = "One client")
    public ClientView client(@PathParam("id") long id) {
        return clients.find(id);
    }

    @POST
    @Path("appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book an appointment",
            description = "The body of POST /v1/tenants/{tenant}/appointments plus externalId; staffSubject is required")
    public Response createAppointment(String body, @HeaderParam(IdempotentPosts.HEADER) String key,
                                      @Context UriInfo uriInfo) {
        Incoming<AppointmentRequest> in = read(body, AppointmentRequest.class);
        ZoneId zone = zone();
        AppointmentDraft draft = validator.convert(in.request(), b -> {
            List<Invalid.Violation> errors = new ArrayList<>();
            Instant start = BusinessTime.instant(b.start(), "start", zone, errors);
            Instant end = BusinessTime.instant(b.end(), "end", zone, errors);
            if (b.staffSubject() == null || b.staffSubject().isBlank()) {
                errors.add(new Invalid.Violation("staffSubject", "required: the staff member the appointment is with"));
            }
            if (!errors.isEmpty()) {
                throw new Invalid(errors);
            }
            return new AppointmentDraft(b.clientId(), b.sessionTypeId(), start, end, b.staffSubject(), b.notes());
        });
        return idempotent.create("appointments", in.externalId(), key, uriInfo, in.request(),
                () -> {
                    AppointmentView booked = appointments.book(draft, zone);
                    return created(uriInfo, booked.id(), booked);
                });
    }

    @GET
    @Path("appointments/{id}")
    @Operation(summary = "One appointment")
    public AppointmentView appointment(@PathParam("id") long id) {
        return appointments.find(id, zone());
    }

    @POST
    @Path("invoices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an invoice", description = "The body of POST /v1/tenants/{tenant}/invoices plus externalId")
    public Response createInvoice(String body, @HeaderParam(IdempotentPosts.HEADER) String key, @Context UriInfo uriInfo) {
        Incoming<InvoiceRequest> in = read(body, InvoiceRequest.class);
        InvoiceData data = validator.convert(in.request(), r -> InvoiceData.of(r.clientId(), r.lines() == null ? null
                : r.lines().stream().map(line -> line == null ? null : new InvoiceData.Line(line.description(),
                        line.quantity(), line.unitPriceCents(), line.appointmentId())).toList()));
        return idempotent.create("invoices", in.externalId(), key, uriInfo, in.request(),
                () -> {
                    InvoiceView created = invoices.create(data);
                    return created(uriInfo, created.id(), created);
                });
    }

    @GET
    @Path("invoices/{id}")
    @Operation(summary = "One invoice", description = "Lines, payments, refunds, what is open")
    public InvoiceView invoice(@PathParam("id") long id) {
        return invoices.find(id);
    }

    @POST
    @Path("invoices/{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a payment",
            description = "The body of POST /v1/tenants/{tenant}/invoices/{id}/payments plus externalId; an external id"
                    + " used on another invoice is refused with 422 external-id-conflict")
    public Response pay(@PathParam("id") long id, String body, @HeaderParam(IdempotentPosts.HEADER) String key,
                        @Context UriInfo uriInfo) {
        Incoming<PaymentRequest> in = read(body, PaymentRequest.class);
        PaymentData data = validator.convert(in.request(), r -> PaymentData.of(r.amountCents(), r.method(), r.kind(),
                r.paidAt(), clock.instant()));
        return idempotent.create("payments", in.externalId(), key, uriInfo, in.request(), () -> {
            InvoiceService.PaymentRecorded recorded = invoices.pay(id, data);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(recorded.payment().id()))
                    .build()).entity(recorded).build();
        });
    }

    private static Response created(UriInfo uriInfo, long id, Object view) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(view).build();
    }

    /** The body as the staff API's request record, and the external id taken out of it. */
    static <T> Incoming<T> read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw InvalidRequest.field("body", "required");
        }
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(body))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw InvalidRequest.field("body", "a JSON object");
        }
        JsonValue externalId = object.getOrDefault(EXTERNAL_ID, JsonValue.NULL);
        if (externalId != JsonValue.NULL && !(externalId instanceof JsonString)) {
            throw InvalidRequest.field(EXTERNAL_ID, "a string of 1 to 100 visible ASCII characters");
        }
        JsonObjectBuilder rest = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            if (!field.getKey().equals(EXTERNAL_ID)) {
                rest.add(field.getKey(), field.getValue());
            }
        }
        try {
            return new Incoming<>(externalId instanceof JsonString text ? text.getString() : null,
                    JSON.fromJson(rest.build().toString(), type));
        } catch (JsonbException e) {
            throw InvalidRequest.field("body", "fields of the documented types");
        }
    }

    private ZoneId zone() {
        return access.timeZone(tenant).orElse(DEFAULT_ZONE);
    }

}
