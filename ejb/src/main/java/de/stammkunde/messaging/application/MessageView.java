package de.stammkunde.messaging.application;

import de.stammkunde.messaging.domain.OutboxMessage;

import java.time.Instant;

/** A message in the sent log. */
public record MessageView(long id, String kind, String channel, Long clientId, String clientName, String recipient,
                          String language, String subject, String status, String reason, int attempts,
                          Instant nextAttemptAt, Integer segments, Long campaignId, Long resendOf, String createdBy,
                          Instant createdAt, Instant sentAt, boolean resendable) {

    static MessageView of(OutboxMessage message, String clientName) {
        return new MessageView(message.id(), message.kind().slug(), message.channel().name(), message.clientId(),
                clientName, message.recipient(), message.language(), message.subject(), message.status().name(),
                message.reason(), message.attempts(), message.nextAttemptAt(), message.segments(),
                message.campaignId(), message.resendOf(), message.createdBy(), message.createdAt(), message.sentAt(),
                message.status().resendable());
    }
}
