package de.stammkunde.api.booking;

import de.stammkunde.appointment.application.BookingOffer;

import java.time.LocalDate;
import java.util.List;

/** The business's booking page data: its name and time zone, its session types and the free slots of the day. */
public record PublicBookingView(String business, String timeZone, LocalDate date, Long sessionTypeId,
                                List<BookingOffer.OfferedSessionType> sessionTypes,
                                List<BookingOffer.FreeSlot> slots) {
}
