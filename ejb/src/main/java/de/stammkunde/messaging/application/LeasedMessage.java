package de.stammkunde.messaging.application;

import de.stammkunde.messaging.domain.MessageChannel;

/**
 * A message one dispatcher holds the lease of, with everything needed to deliver it; marketing
 * emails carry the unsubscribe link for the {@code List-Unsubscribe} header.
 */
public record LeasedMessage(long id, String idempotencyKey, MessageChannel channel, String recipient, String subject,
                            String text, String html, boolean marketing, Long clientId, int attempts,
                            String unsubscribeLink) {
}
