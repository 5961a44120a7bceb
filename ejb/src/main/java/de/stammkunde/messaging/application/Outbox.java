package de.stammkunde.messaging.application;

import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientContact;
import de.stammkunde.consent.application.ConsentService;
import de.stammkunde.consent.domain.ConsentChannel;
import de.stammkunde.consent.domain.ConsentPolicy;
import de.stammkunde.consent.domain.ConsentPurpose;
import de.stammkunde.messaging.domain.DefaultTemplates;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.messaging.domain.MessageStatus;
import de.stammkunde.messaging.domain.MessageTemplates;
import de.stammkunde.messaging.domain.RenderedMessage;
import de.stammkunde.messaging.domain.TemplateText;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.i18n.Languages;
import de.stammkunde.shared.sql.SqlArrays;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts messages in the tenant's outbox inside the caller's transaction: the message exists
 * exactly when its cause was committed. Consent is checked here (a message without it is
 * stored as suppressed, with the reason) and again right before sending. The content is
 * rendered now, so a template changed later does not change what was queued. A suppressed
 * message is never sent: it keeps its subject and model, and the message log renders its body
 * when someone looks at it ({@link MessageLog#detail}), unless a campaign gave its own wording.
 * <p>
 * One message or a thousand take the same few queries (known keys, clients, consent, templates,
 * one insert): a tier granted to a batch of clients queues its emails at the pace of the grants.
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
        return enqueueAll(List.of(request)).get(0);
    }

    /**
     * Queues the messages as {@link #enqueue} would one after the other, in a constant number of
     * queries; returns their ids in the order of the requests. A key that is known already (or
     * comes twice) keeps its first message. Nothing is queued when one request is not valid.
     */
    public List<Long> enqueueAll(List<MessageRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<String, Long> ids = byKeys(requests.stream().map(MessageRequest::idempotencyKey).toList());
        Map<String, MessageRequest> fresh = new LinkedHashMap<>();
        for (MessageRequest request : requests) {
            if (!ids.containsKey(request.idempotencyKey())) {
                fresh.putIfAbsent(request.idempotencyKey(), request);
            }
        }
        if (!fresh.isEmpty()) {
            ids.putAll(insert(rows(fresh.values())));
        }
        return requests.stream().map(request -> ids.get(request.idempotencyKey())).toList();
    }

    /** The rendered rows of new messages, with the clients, consent and templates read once for all. */
    private List<OutboxRow> rows(Collection<MessageRequest> requests) {
        for (MessageRequest request : requests) {
            if (!DefaultTemplates.supports(request.kind(), request.channel())) {
                throw Invalid.field("channel", request.kind().slug() + " is not sent by "
                        + request.channel().name().toLowerCase());
            }
        }
        Map<Long, ClientContact> found = clients.contacts(requests.stream().map(MessageRequest::clientId).toList());
        Map<Asked, Map<Long, ConsentPolicy.Reason>> decisions = decisions(requests);
        Map<MessageRequest, String> suppressions = new IdentityHashMap<>();
        List<Long> footed = new ArrayList<>();
        for (MessageRequest request : requests) {
            ClientContact client = found.get(request.clientId());
            String suppression = suppression(request, recipient(request, client), needsConsent(request)
                    ? decisions.get(Asked.of(request)).get(client.id()) : null);
            if (suppression != null) {
                suppressions.put(request, suppression);
            } else if (hasFooter(request)) {
                footed.add(request.clientId());
            }
        }
        Map<Long, String> unsubscribe = links.unsubscribeLinks(footed);
        Map<Wording, TemplateText> wordings = new HashMap<>();
        Map<TemplateText, MessageTemplates.Compiled> compiled = new HashMap<>();
        String businessName = tenantFacts.name();

        List<OutboxRow> rows = new ArrayList<>();
        for (MessageRequest request : requests) {
            ClientContact client = found.get(request.clientId());
            String language = Languages.isSupported(client.preferredLanguage()) ? client.preferredLanguage() : "de";
            String recipient = recipient(request, client);
            String suppression = suppressions.get(request);

            Map<String, Object> model = new LinkedHashMap<>();
            model.put("firstName", client.firstName());
            model.put("lastName", client.lastName());
            model.put("businessName", businessName);
            request.model().forEach((key, value) -> model.put(key, value instanceof Localized localized
                    ? localized.in(language) : value));
            TemplateText template = request.template() != null ? request.template()
                    : wordings.computeIfAbsent(new Wording(request.kind(), request.channel(), language),
                            w -> templates.effective(w.kind(), w.channel(), w.language()));
            MessageTemplates.Compiled wording = compiled.computeIfAbsent(template, MessageTemplates::compile);
            boolean email = request.channel() == MessageChannel.EMAIL;
            // a suppressed message in the kind's wording keeps its subject for the log; its body is
            // rendered when asked for, most of the work of queueing it (a rewards run suppresses thousands)
            RenderedMessage content = suppression != null && request.template() == null
                    ? new RenderedMessage(email ? wording.subject(model) : null, null, null)
                    : wording.render(model, hasFooter(request) && suppression == null
                    ? MessageLinks.unsubscribeText(language, unsubscribe.get(client.id())) : null);
            rows.add(new OutboxRow(request.idempotencyKey(), request.kind().name(),
                    request.requestedByClient() ? null : request.kind().purpose().map(Enum::name).orElse(null),
                    request.channel().name(), client.id(), recipient, language, OutboxRow.model(model),
                    email ? content.subject() : null, content.text(), email ? content.html() : null,
                    request.kind().marketing(),
                    (suppression == null ? MessageStatus.QUEUED : MessageStatus.SUPPRESSED).name(), suppression,
                    request.campaignId(), request.resendOf()));
        }
        return rows;
    }

    /**
     * Inserts the rows in one statement; returns the id of each key. A key another transaction
     * queued meanwhile keeps that message. Wakes the dispatcher after the commit when one was queued.
     */
    private Map<String, Long> insert(List<OutboxRow> rows) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> inserted = em.createNativeQuery("""
                        insert into outbox_message (idempotency_key, kind, purpose, channel, client_id, recipient, language,
                                                    model, subject, body_text, body_html, marketing, status, reason,
                                                    next_attempt_at, campaign_id, resend_of, created_by, created_at)
                        select r.idempotency_key, r.kind, r.purpose, r.channel, r.client_id, r.recipient, r.language,
                               r.model, r.subject, r.body_text, r.body_html, r.marketing, r.status, r.reason,
                               :now, r.campaign_id, r.resend_of, :createdBy, :now
                        from json_to_recordset(cast(:rows as json)) as r (
                            idempotency_key varchar, kind varchar, purpose varchar, channel varchar, client_id bigint,
                            recipient varchar, language varchar, model text, subject text, body_text text,
                            body_html text, marketing boolean, status varchar, reason text, campaign_id bigint,
                            resend_of bigint)
                        on conflict (idempotency_key) do nothing
                        returning idempotency_key, id, status""")
                .setParameter("rows", OutboxRow.json(rows))
                .setParameter("now", now)
                .setParameter("createdBy", AuditContext.current().actor().displayName())
                .getResultList();
        Map<String, Long> ids = new HashMap<>();
        boolean queued = false;
        for (Object[] row : inserted) {
            ids.put((String) row[0], ((Number) row[1]).longValue());
            queued |= MessageStatus.QUEUED.name().equals(row[2]);
        }
        if (ids.size() < rows.size()) {
            ids.putAll(byKeys(rows.stream().map(OutboxRow::idempotencyKey).filter(key -> !ids.containsKey(key))
                    .toList()));
        }
        if (queued) {
            wakeUp.afterCommit(TenantContext.require());
        }
        return ids;
    }

    /**
     * Why the message may not go out, or null when it may. {@code consent} is the client's
     * decision for the kind's purpose on the channel, asked only when {@link #needsConsent}; none
     * when the client was deleted by a transaction that committed while this one read.
     */
    static String suppression(MessageRequest request, String recipient, ConsentPolicy.Reason consent) {
        if (recipient == null || recipient.isBlank()) {
            return reasonText(ConsentPolicy.Reason.NO_ADDRESS);
        }
        if (!needsConsent(request)) {
            return null;
        }
        if (consent == null) {
            return "client-deleted";
        }
        return consent.allowed() ? null : reasonText(consent);
    }

    /** Messages that ask for consent, and those the client asked for, need none. */
    static boolean needsConsent(MessageRequest request) {
        return request.kind().purpose().isPresent() && !request.requestedByClient();
    }

    /** The stored reason of a suppression: {@code no-consent: not-given}. */
    static String reasonText(ConsentPolicy.Reason reason) {
        String slug = reason.name().toLowerCase().replace('_', '-');
        return reason == ConsentPolicy.Reason.NO_ADDRESS ? "no-address" : "no-consent: " + slug;
    }

    private static String recipient(MessageRequest request, ClientContact client) {
        return request.channel() == MessageChannel.EMAIL ? client.email() : client.phone();
    }

    /** Marketing emails carry the unsubscribe note. */
    private static boolean hasFooter(MessageRequest request) {
        return request.kind().marketing() && request.channel() == MessageChannel.EMAIL;
    }

    /** The consent decisions the requests need, by purpose and channel and then client: a few queries for all. */
    private Map<Asked, Map<Long, ConsentPolicy.Reason>> decisions(Collection<MessageRequest> requests) {
        Map<Asked, Set<Long>> asked = new LinkedHashMap<>();
        for (MessageRequest request : requests) {
            if (needsConsent(request)) {
                asked.computeIfAbsent(Asked.of(request), key -> new HashSet<>()).add(request.clientId());
            }
        }
        Map<Asked, Map<Long, ConsentPolicy.Reason>> decisions = new HashMap<>();
        asked.forEach((key, clientIds) -> decisions.put(key,
                consents.mayContactAll(clientIds, key.purpose(), key.channel())));
        return decisions;
    }

    private Map<String, Long> byKeys(List<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select idempotency_key, id from outbox_message where idempotency_key = any(cast(:keys as text[]))")
                .setParameter("keys", SqlArrays.texts(keys))
                .getResultList();
        rows.forEach(row -> ids.put((String) row[0], ((Number) row[1]).longValue()));
        return ids;
    }

    /** A consent question: the purpose of a kind on a channel. */
    private record Asked(ConsentPurpose purpose, ConsentChannel channel) {
        static Asked of(MessageRequest request) {
            return new Asked(request.kind().purpose().orElseThrow(), request.channel().consentChannel());
        }
    }

    /** The template of a kind on a channel in a language, resolved once per batch. */
    private record Wording(MessageKind kind, MessageChannel channel, String language) {
    }
}
