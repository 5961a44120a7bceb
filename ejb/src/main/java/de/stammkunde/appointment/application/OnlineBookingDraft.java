package de.stammkunde.appointment.application;

/**
 * An online booking as the client sent it, unchecked. {@code start} is an ISO date-time, with an
 * offset an instant, without one the business's local time; {@code language} (de/en) becomes the
 * preferred language of a new client.
 */
public record OnlineBookingDraft(String firstName, String lastName, String email, String phone, Long sessionTypeId,
                                 String start, String referralCode, Boolean privacyNoticeAccepted,
                                 String language) {
}
