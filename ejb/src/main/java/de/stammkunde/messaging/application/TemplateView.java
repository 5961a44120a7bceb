package de.stammkunde.messaging.application;

import java.time.Instant;
import java.util.List;

/** A template as staff see it: the wording used now, and whether it is the business's own. */
public record TemplateView(String kind, String channel, String language, String subject, String body, boolean custom,
                           long version, String updatedBy, Instant updatedAt, List<String> placeholders) {
}
