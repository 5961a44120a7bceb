package de.stammkunde.api.booking;

import de.stammkunde.api.tenancy.PublicTenantFilter;
import de.stammkunde.appointment.application.BookingOffer;
import de.stammkunde.appointment.application.OnlineBooking;
import de.stammkunde.appointment.application.OnlineBookingDraft;
import de.stammkunde.appointment.application.OnlineBookingView;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.ratelimit.RateLimits;
import de.stammkunde.tenancy.application.TenantView;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Online booking of one business, without an account ({@link PublicTenantFilter} has checked the
 * business and set its context). Both calls are limited per IP address and business
 * ({@link RateLimits}); beyond the limit they answer 429 with Retry-After.
 */
@Path("v1/public/{tenant}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicBookingResource {

    @Inject
    OnlineBooking booking;

    @Inject
    RateLimits limits;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @PathParam("tenant")
    String tenant;

    @GET
    @Path("booking")
    @Operation(summary = "Session types and the free slots of a day (no login)",
            description = "date: 2026-03-14 in the business's time zone, default today; sessionTypeId: default the"
                    + " first active one by name. Opening hours are 09:00–18:00 every day, a start every 30 minutes;"
                    + " past and taken slots are left out")
    public PublicBookingView offer(@QueryParam("date") String date, @QueryParam("sessionTypeId") String sessionTypeId) {
        limits.acquire(RateLimits.Kind.SLOT_QUERY, caller());
        TenantView business = business();
        ZoneId zone = ZoneId.of(business.timeZone());
        LocalDate day = day(date, zone);
        BookingOffer offer = booking.offer(day, sessionTypeId(sessionTypeId), zone);
        return new PublicBookingView(business.name(), business.timeZone(), offer.day(), offer.sessionTypeId(),
                offer.sessionTypes(), offer.slots());
    }

    @POST
    @Path("bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a free slot (no login)",
            description = "Matches a client by email or phone or creates one; 400 names every bad field"
                    + " (privacyNoticeAccepted must be true), 409 slot-taken, 429 too-many-requests")
    public Response book(PublicBookingRequest body) {
        limits.acquire(RateLimits.Kind.BOOKING, caller());
        if (body == null) {
            throw Invalid.field("body", "required");
        }
        ZoneId zone = ZoneId.of(business().timeZone());
        OnlineBookingView booked = booking.book(new OnlineBookingDraft(body.firstName(), body.lastName(), body.email(),
                body.phone(), body.sessionTypeId(), body.start(), body.referralCode(), body.privacyNoticeAccepted(),
                body.language()), zone);
        return Response.status(Response.Status.CREATED).entity(booked).build();
    }

    private TenantView business() {
        return (TenantView) request.getAttribute(PublicTenantFilter.TENANT_ATTRIBUTE);
    }

    private String caller() {
        return request.getRemoteAddr() + "|" + tenant;
    }

    private LocalDate day(String date, ZoneId zone) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock.withZone(zone));
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw Invalid.field("date", "a date like 2026-03-14");
        }
    }

    private static Long sessionTypeId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw Invalid.field("sessionTypeId", "the id of a session type");
        }
    }
}
