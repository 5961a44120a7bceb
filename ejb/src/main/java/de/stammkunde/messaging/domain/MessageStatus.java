package de.stammkunde.messaging.domain;

/**
 * Where a message is. {@code QUEUED} waits for its next attempt; {@code SENDING} is leased by one
 * dispatcher; {@code SENT} was accepted by the mail server or SMS gateway; {@code SUPPRESSED}
 * was not sent on purpose (no consent, no address, no credits); {@code FAILED} was refused for
 * good, or its delivery is unknown after an interruption (never sent again on its own);
 * {@code DEAD} failed every attempt.
 */
public enum MessageStatus {
    QUEUED, SENDING, SENT, FAILED, SUPPRESSED, DEAD;

    /** Staff may send a copy of a message that did not get through. */
    public boolean resendable() {
        return this == FAILED || this == DEAD;
    }
}
