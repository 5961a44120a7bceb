package de.stammkunde.messaging.domain;

/** A message after its template met its model: subject, plain text and (emails) HTML. */
public record RenderedMessage(String subject, String text, String html) {
}
