package de.stammkunde.messaging.domain;

import java.util.Objects;

/** A plain-text email ready to be handed to the mail server. */
public record MailMessage(EmailAddress to, String subject, String text) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An email needs a subject");
        }
        Objects.requireNonNull(text, "text");
    }
}
