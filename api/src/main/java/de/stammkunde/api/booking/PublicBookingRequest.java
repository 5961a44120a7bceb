package de.stammkunde.api.booking;

/**
 * An online booking as the API receives it. {@code start} is one of the offered slots (with an
 * offset an instant, without one the business's local time); {@code privacyNoticeAccepted} must be
 * true; {@code referralCode} is optional and kept as given; {@code language} (de/en) is a new
 * client's preferred language.
 */
public record PublicBookingRequest(String firstName, String lastName, String email, String phone, Long sessionTypeId,
                                   String start, String referralCode, Boolean privacyNoticeAccepted,
                                   String language) {
}
