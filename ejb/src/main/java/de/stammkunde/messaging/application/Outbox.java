package de.stammkunde.messaging.application;

import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientView;
import de.stammkunde.consent.application.ConsentService;
import de.stammkunde.consent.domain.ConsentPolicy;
import de.stammkunde.messaging.domain.DefaultTemplates;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.messaging.domain.MessageTemplates;
import de.stammkunde.messaging.domain.MessageStatus;
import de.stammkunde.messaging.domain.RenderedMessage;
import de.stammkunde.messaging.domain.TemplateText;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.i18n.Languages;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Puts messages in the tenant's outbox inside the caller's transaction: the message exists
 * exactly when its cause was committed. Consent is checked here (a message without it is
 * stored as suppressed, with the reason) and again right before sending. The content is
 * rendered now, so a template changed later does not change what was queued.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    ClientService clients;

    @Inject
    ConsentService consents;

    @Inject
    Templates templates;

    @Inject
    MessageLinks links;

    @Inject
    TenantFacts tenantFacts;

    @Inject
    OutboxWakeUp wakeUp;

    @Inject
    Clock clock;

    /** Queues the message (or records it as suppressed); returns its id, or the existing one for a known key. */
    public long enqueue(MessageRequest request) {
        Optional<Long> existing = byKey(request.idempotencyKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!DefaultTemplates.supports(request.kind(), request.channel())) {
            throw Invalid.field("channel", request.kind().slug() + " is not sent by " + request.channel().name().toLowerCase());
        }
        ClientView client = clients.find(request.clientId());
        String language = Languages.isSupported(client.preferredLanguage()) ? client.preferredLanguage() : "de";
        String recipient = request.channel() == MessageChannel.EMAIL ? client.email() : client.phone();
        String suppression = suppression(request, recipient);

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("firstName", client.firstName());
        model.put("lastName", client.lastName());
        model.put("businessName", tenantFacts.name());
        request.model().forEach((key, value) -> model.put(key, value instanceof Localized localized
                ? localized.in(language) : value));
        TemplateText template = request.template() != null ? request.template()
                : templates.effective(request.kind(), request.channel(), language);
        String footer = request.kind().marketing() && request.channel() == MessageChannel.EMAIL
                ? links.unsubscribeFooter(client.id(), language) : null;
        RenderedMessage content = MessageTemplates.render(template, model, footer);

        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        java.util.List<Number> inserted = em.createNativeQuery("""
                        insert into outbox_message (idempotency_key, kind, purpose, channel, client_id, recipient, language,
                                                    model, subject, body_text, body_html, marketing, status, reason,
                                                    next_attempt_at, campaign_id, resend_of, created_by, created_at)
                        values (:key, :kind, :purpose, :channel, :clientId, :recipient, :language, :model, :subject,
                                :text, :html, :marketing, :status, :reason, :now, :campaignId, :resendOf, :createdBy, :now)
                        on conflict (idempotency_key) do nothing
                        returning id""")
                .setParameter("key", request.idempotencyKey())
                .setParameter("kind", request.kind().name())
                .setParameter("purpose", text(request.requestedByClient() ? null
                        : request.kind().purpose().map(Enum::name).orElse(null)))
                .setParameter("channel", request.channel().name())
                .setParameter("clientId", client.id())
                .setParameter("recipient", text(recipient))
                .setParameter("language", language)
                .setParameter("model", json(model))
                .setParameter("subject", text(request.channel() == MessageChannel.EMAIL ? content.subject() : null))
                .setParameter("text", content.text())
                .setParameter("html", text(request.channel() == MessageChannel.EMAIL ? content.html() : null))
                .setParameter("marketing", request.kind().marketing())
                .setParameter("status", suppression == null ? MessageStatus.QUEUED.name() : MessageStatus.SUPPRESSED.name())
                .setParameter("reason", text(suppression))
                .setParameter("now", now)
                .setParameter("campaignId", new TypedParameterValue<>(StandardBasicTypes.LONG, request.campaignId()))
                .setParameter("resendOf", new TypedParameterValue<>(StandardBasicTypes.LONG, request.resendOf()))
                .setParameter("createdBy", AuditContext.current().actor().displayName())
                .getResultList();
        if (inserted.isEmpty()) {
            return byKey(request.idempotencyKey()).orElseThrow();
        }
        if (suppression == null) {
            wakeUp.afterCommit(TenantContext.require());
        }
        return inserted.get(0).longValue();
    }

    /** Why the message may not go out, or null when it may. */
    String suppression(MessageRequest request, String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return reasonText(ConsentPolicy.Reason.NO_ADDRESS);
        }
        if (request.kind().purpose().isEmpty() || request.requestedByClient()) {
            return null;
        }
        ConsentPolicy.Reason reason = consents.mayContact(request.clientId(), request.kind().purpose().get(),
                request.channel().consentChannel());
        return reason.allowed() ? null : reasonText(reason);
    }

    /** The stored reason of a suppression: {@code no-consent: not-given}. */
    static String reasonText(ConsentPolicy.Reason reason) {
        String slug = reason.name().toLowerCase().replace('_', '-');
        return reason == ConsentPolicy.Reason.NO_ADDRESS ? "no-address" : "no-consent: " + slug;
    }

    private Optional<Long> byKey(String key) {
        return em.createQuery("select m.id from OutboxMessage m where m.idempotencyKey = :key", Long.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private static TypedParameterValue<String> text(String value) {
        return new TypedParameterValue<>(StandardBasicTypes.STRING, value);
    }

    private static String json(Map<String, Object> model) {
        return new TreeMap<>(model).entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + (e.getValue() == null ? "null" : quote(String.valueOf(e.getValue()))))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
