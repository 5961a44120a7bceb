package de.stammkunde.api.appointment;

import de.stammkunde.api.client.IfMatch;
import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.api.security.Caller;
import de.stammkunde.appointment.application.AppointmentDraft;
import de.stammkunde.appointment.application.AppointmentPage;
import de.stammkunde.appointment.application.AppointmentQuery;
import de.stammkunde.appointment.application.AppointmentService;
import de.stammkunde.appointment.application.AppointmentView;
import de.stammkunde.appointment.application.TransitionView;
import de.stammkunde.appointment.domain.AppointmentStatus;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.tenancy.application.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The appointments of one business: the calendar list, booking, moving, and the status steps.
 * Every staff member may manage appointments. Dates without an offset are the business's local time.
 */
@Path("v1/tenants/{tenant}/appointments")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

    @Inject
    AppointmentService appointments;

    @Inject
    TenantAccess access;

    @Inject
    RequestValidator validator;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @PathParam("tenant")
    String tenant;

    @GET
    @Operation(summary = "The calendar: appointments starting on the days from..to",
            description = "from, to: dates (2026-03-14) in the business's time zone, both included, at most 62 days;"
                    + " default today. Filters staff (Keycloak subject) and status; page, size")
    public AppointmentPage list(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("staff") String staff, @QueryParam("status") String status,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ZoneId zone = zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return appointments.list(AppointmentQuery.of(from, to, staff, status, page, size, today), zone);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book an appointment",
            description = "Booked at the session type's default price; 400 names every bad field")
    public Response book(AppointmentRequest body, @Context UriInfo uriInfo) {
        ZoneId zone = zone();
        AppointmentView booked = appointments.book(draft(body, zone), zone);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(booked.id())).build())
                .tag(etag(booked)).entity(booked).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One appointment", description = "The ETag is the version for If-Match on changes")
    public Response get(@PathParam("id") long id) {
        AppointmentView appointment = appointments.find(id, zone());
        return Response.ok(appointment).tag(etag(appointment)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move or change an appointment",
            description = "Only while booked or confirmed (409 appointment-closed); needs If-Match (428 without,"
                    + " 409 appointment-changed when stale)")
    public Response change(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           AppointmentRequest body) {
        long expected = IfMatch.required(ifMatch);
        ZoneId zone = zone();
        AppointmentView changed = appointments.change(id, expected, draft(body, zone), zone);
        return Response.ok(changed).tag(etag(changed)).build();
    }

    @GET
    @Path("{id}/transitions")
    @Operation(summary = "Status history", description = "Every status change, oldest first: from, to, when, who")
    public List<TransitionView> transitions(@PathParam("id") long id) {
        return appointments.transitions(id);
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "Confirm a booked appointment", description = "409 transition-not-allowed otherwise")
    public Response confirm(@PathParam("id") long id) {
        return step(id, AppointmentStatus.CONFIRMED);
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Complete a confirmed appointment", description = "409 transition-not-allowed otherwise")
    public Response complete(@PathParam("id") long id) {
        return step(id, AppointmentStatus.COMPLETED);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a booked or confirmed appointment", description = "409 transition-not-allowed otherwise")
    public Response cancel(@PathParam("id") long id) {
        return step(id, AppointmentStatus.CANCELLED);
    }

    @POST
    @Path("{id}/no-show")
    @Operation(summary = "Record that the client did not come",
            description = "From booked or confirmed; 409 transition-not-allowed otherwise")
    public Response noShow(@PathParam("id") long id) {
        return step(id, AppointmentStatus.NO_SHOW);
    }

    private Response step(long id, AppointmentStatus target) {
        AppointmentView changed = appointments.transition(id, target, zone());
        return Response.ok(changed).tag(etag(changed)).build();
    }

    private AppointmentDraft draft(AppointmentRequest body, ZoneId zone) {
        return validator.convert(body, b -> {
            List<Invalid.Violation> errors = new ArrayList<>();
            Instant start = BusinessTime.instant(b.start(), "start", zone, errors);
            Instant end = BusinessTime.instant(b.end(), "end", zone, errors);
            if (!errors.isEmpty()) {
                throw new Invalid(errors);
            }
            return new AppointmentDraft(b.clientId(), b.sessionTypeId(), start, end,
                    b.staffSubject() == null ? caller.subject() : b.staffSubject(), b.notes());
        });
    }


    private ZoneId zone() {
        return access.timeZone(tenant).orElse(DEFAULT_ZONE);
    }

    private static EntityTag etag(AppointmentView appointment) {
        return new EntityTag(String.valueOf(appointment.version()));
    }
}
