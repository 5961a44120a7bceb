package de.stammkunde.api.operator;

import java.time.Instant;

/** The SMTP server accepted the test email at this time. */
public record MailCheckView(String to, Instant acceptedAt) {
}
