package de.stammkunde.api.operator;

/** Where an operator wants the test email sent. */
public record MailCheckRequest(String to) {
}
