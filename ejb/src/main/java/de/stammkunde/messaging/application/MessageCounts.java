package de.stammkunde.messaging.application;

/** The dashboard's message figures of the last 30 days. */
public record MessageCounts(long sent, long queued, long suppressed, long failed) {
}
