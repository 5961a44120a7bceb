package de.stammkunde.messaging.domain;

/** A template's wording: the subject (emails only, null for SMS) and the body, with {{placeholders}}. */
public record TemplateText(String subject, String body) {
}
