package de.stammkunde.appointment.application;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A booked online appointment as the client sees it: no client data, so a booking tells nobody
 * whether the email belongs to a known client. {@code referralCode} is null when none was given.
 */
public record OnlineBookingView(long appointmentId, String status, long sessionTypeId, String sessionTypeName,
                                Instant start, Instant end, LocalDateTime localStart, ReferralCode referralCode) {

    /**
     * The referral code as given, whether it is a client's active referral code (any case), and
     * what became of it: REGISTERED, UNKNOWN_CODE, SELF_REFERRAL, ALREADY_REFERRED or
     * REFERRALS_OFF. The booking stands either way.
     */
    public record ReferralCode(String given, boolean known, String outcome) {
    }
}
