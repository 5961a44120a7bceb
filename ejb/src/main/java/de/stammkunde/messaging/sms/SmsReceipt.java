package de.stammkunde.messaging.sms;

/** The gateway accepted an SMS; {@code providerId} is its id for it, or null when it named none. */
public record SmsReceipt(String providerId) {
}
