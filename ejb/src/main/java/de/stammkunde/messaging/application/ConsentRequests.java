package de.stammkunde.messaging.application;

import de.stammkunde.consent.application.ConsentLinkView;
import de.stammkunde.consent.application.ConsentLinks;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.shared.error.Invalid;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Staff send a client the consent form: a signed, expiring link by email (free) or SMS (costs
 * credits). The message is queued with the link in the same transaction.
 */
@Stateless
public class ConsentRequests {

    @Inject
    ConsentLinks links;

    @Inject
    Outbox outbox;

    @Inject
    MessageLog log;

    @Inject
    TenantFacts tenantFacts;

    /** Queues the request; {@code requestKey} (e.g. the API's Idempotency-Key) makes a repeated click send once. */
    public MessageView send(long clientId, String channel, Integer validDays, String requestKey) {
        MessageChannel checked = channel(channel);
        ConsentLinkView link = links.create(clientId, checked.name().toLowerCase(Locale.ROOT), validDays);
        ZonedDateTime until = link.expiresAt().atZone(tenantFacts.zone());
        String key = "consent-request:" + clientId + ":" + (requestKey == null ? UUID.randomUUID() : requestKey);
        long id = outbox.enqueue(MessageRequest.of(MessageKind.CONSENT_REQUEST, checked, clientId, key,
                Map.of("link", link.url(), "validUntil", (Localized) language -> Templates.formatDay(until, language))));
        return log.view(id);
    }

    static MessageChannel channel(String channel) {
        if (channel == null || channel.isBlank()) {
            return MessageChannel.EMAIL;
        }
        try {
            return MessageChannel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Invalid.field("channel", "email or sms");
        }
    }
}
