package de.stammkunde.messaging.application;

import java.time.Instant;
import java.util.List;

/** One message with its content and every delivery attempt. */
public record MessageDetail(MessageView message, String text, String html, List<Attempt> attempts) {

    public record Attempt(Instant at, String outcome, String error) {
    }
}
