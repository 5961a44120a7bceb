package de.stammkunde.messaging.application;

import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.messaging.domain.TemplateText;

import java.util.Map;
import java.util.Objects;

/**
 * A message to put in the outbox. The idempotency key names its cause (e.g.
 * {@code appointment:42:reminder:EMAIL}) and is unique per tenant: asking twice queues once.
 * {@code template} replaces the business's template (newsletters bring their own wording).
 * {@code requestedByClient} marks a message the client asked for by what they just did (the
 * confirmation of an online booking): it needs no consent, only an address.
 */
public record MessageRequest(MessageKind kind, MessageChannel channel, long clientId, String idempotencyKey,
                             Map<String, ?> model, TemplateText template, Long campaignId, Long resendOf,
                             boolean requestedByClient) {

    public MessageRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        model = model == null ? Map.of() : model;
    }

    public static MessageRequest of(MessageKind kind, MessageChannel channel, long clientId, String idempotencyKey,
                                    Map<String, ?> model) {
        return new MessageRequest(kind, channel, clientId, idempotencyKey, model, null, null, null, false);
    }
}
