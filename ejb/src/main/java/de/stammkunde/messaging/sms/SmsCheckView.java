package de.stammkunde.messaging.sms;

/** A test SMS the gateway accepted, what it cost and the credits left after it. */
public record SmsCheckView(String to, String text, int segments, String reference, String providerId, int balance) {
}
