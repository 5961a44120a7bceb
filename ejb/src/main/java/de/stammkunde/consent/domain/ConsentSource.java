package de.stammkunde.consent.domain;

/** How an answer reached the business. */
public enum ConsentSource {
    IN_PERSON, PORTAL, EMAIL_FORM, SMS_FORM, BOOKING_FORM, IMPORT, REPERMISSION,
    /** The client confirmed an email marketing consent through the link of the double opt-in email. */
    DOUBLE_OPT_IN,
    /** The client withdrew through the unsubscribe link of a marketing email. */
    UNSUBSCRIBE_LINK;

    /** Whether the answer was given online (IP and user agent are then part of the proof). */
    public boolean online() {
        return this == PORTAL || this == EMAIL_FORM || this == SMS_FORM || this == BOOKING_FORM
                || this == REPERMISSION || this == DOUBLE_OPT_IN || this == UNSUBSCRIBE_LINK;
    }
}
