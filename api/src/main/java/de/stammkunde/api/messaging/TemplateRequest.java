package de.stammkunde.api.messaging;

/** A template's wording: subject (emails) and body with {{placeholders}}. */
public record TemplateRequest(String subject, String body) {
}
