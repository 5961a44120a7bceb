package de.stammkunde.api.sms;

/** Where the business wants its test SMS sent, in international format. */
public record SmsCheckRequest(String to) {
}
