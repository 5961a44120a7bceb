package de.stammkunde.consent.domain;

/**
 * Where a client's consent for one purpose and channel stands. {@link #UNCONFIRMED}: recorded
 * without sufficient proof (imported, given before GDPR, or email marketing awaiting double
 * opt-in) — it does not allow contact.
 */
public enum ConsentState {
    GIVEN, REFUSED, WITHDRAWN, UNKNOWN, UNCONFIRMED;

    public boolean allowsContact() {
        return this == GIVEN;
    }
}
