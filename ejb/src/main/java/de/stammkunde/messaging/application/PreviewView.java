package de.stammkunde.messaging.application;

import de.stammkunde.shared.error.Invalid;

import java.util.List;

/** A template rendered on a sample client, or what is wrong with it. */
public record PreviewView(String subject, String text, String html, List<Invalid.Violation> problems) {
}
