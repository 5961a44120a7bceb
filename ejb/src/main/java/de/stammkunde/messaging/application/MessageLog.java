package de.stammkunde.messaging.application;

import de.stammkunde.consent.application.ConsentService;
import de.stammkunde.consent.domain.ConsentPolicy;
import de.stammkunde.consent.domain.ConsentPurpose;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageTemplates;
import de.stammkunde.messaging.domain.OutboxMessage;
import de.stammkunde.messaging.domain.RenderedMessage;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sent log: every message with its status and reason, per tenant and per client; resending. */
@Stateless
public class MessageLog {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    ConsentService consents;

    @Inject
    OutboxWakeUp wakeUp;

    @Inject
    Templates templates;

    @Inject
    Clock clock;

    public MessagePage page(MessageQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.clientId() != null) {
            where.append(" and m.clientId = :client");
            parameters.put("client", query.clientId());
        }
        if (query.status() != null) {
            where.append(" and m.status = :status");
            parameters.put("status", query.status());
        }
        if (query.kind() != null) {
            where.append(" and m.kind = :kind");
            parameters.put("kind", query.kind());
        }
        if (query.channel() != null) {
            where.append(" and m.channel = :channel");
            parameters.put("channel", query.channel());
        }
        TypedQuery<Long> count = em.createQuery("select count(m) from OutboxMessage m" + where, Long.class);
        TypedQuery<OutboxMessage> page = em.createQuery("select m from OutboxMessage m" + where
                + " order by m.createdAt desc, m.id desc", OutboxMessage.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<OutboxMessage> messages = page.setFirstResult(query.page() * query.size())
                .setMaxResults(query.size())
                .getResultList();
        Map<Long, String> names = names(messages);
        return new MessagePage(messages.stream().map(m -> MessageView.of(m, names.get(m.clientId()))).toList(),
                count.getSingleResult(), query.page(), query.size());
    }

    /**
     * The message with its content; a suppressed one stored without its body (see {@link Outbox})
     * is rendered from its model in the wording of its kind today.
     */
    public MessageDetail detail(long id) {
        OutboxMessage message = find(id);
        List<MessageDetail.Attempt> attempts = em.createQuery("""
                        select a.attemptedAt, a.outcome, a.error from OutboxAttempt a
                        where a.messageId = :id order by a.attemptedAt, a.id""", Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .map(row -> new MessageDetail.Attempt((Instant) row[0], (String) row[1], (String) row[2]))
                .toList();
        RenderedMessage content = message.bodyText() != null
                ? new RenderedMessage(message.subject(), message.bodyText(), message.bodyHtml())
                : MessageTemplates.render(templates.effective(message.kind(), message.channel(), message.language()),
                        OutboxRow.model(message.model()), null);
        return new MessageDetail(MessageView.of(message, names(List.of(message)).get(message.clientId())),
                content.text(), message.channel() == MessageChannel.EMAIL ? content.html() : null, attempts);
    }

    /**
     * Sends a copy of a message that did not get through, once: asking again returns the same copy.
     * Consent is checked again; a copy without it is recorded as suppressed.
     */
    public MessageView resend(long id) {
        OutboxMessage original = find(id);
        if (!original.status().resendable()) {
            throw new Conflict("message-not-resendable",
                    "Only failed or dead messages can be sent again; this one is " + original.status());
        }
        String suppression = null;
        ConsentPurpose purpose = original.purpose() == null ? null : ConsentPurpose.valueOf(original.purpose());
        if (original.clientId() != null && purpose != null) {
            ConsentPolicy.Reason reason = consents.mayContact(original.clientId(), purpose,
                    original.channel().consentChannel());
            suppression = reason.allowed() ? null : Outbox.reasonText(reason);
        }
        Instant now = clock.instant();
        em.createNativeQuery("""
                        insert into outbox_message (idempotency_key, kind, purpose, channel, client_id, recipient, language,
                                                    model, subject, body_text, body_html, marketing, status, reason,
                                                    next_attempt_at, campaign_id, resend_of, created_by, created_at)
                        select 'resend:' || id, kind, purpose, channel, client_id, recipient, language, model, subject,
                               body_text, body_html, marketing, :status, :reason, :now, campaign_id, id, :createdBy, :now
                        from outbox_message where id = :id
                        on conflict (idempotency_key) do nothing""")
                .setParameter("status", suppression == null ? "QUEUED" : "SUPPRESSED")
                .setParameter("reason", new org.hibernate.query.TypedParameterValue<>(
                        org.hibernate.type.StandardBasicTypes.STRING, suppression))
                .setParameter("now", now)
                .setParameter("createdBy", AuditContext.current().actor().displayName())
                .setParameter("id", id)
                .executeUpdate();
        OutboxMessage copy = em.createQuery("select m from OutboxMessage m where m.idempotencyKey = :key",
                        OutboxMessage.class)
                .setParameter("key", "resend:" + id)
                .getSingleResult();
        if (copy.status() == de.stammkunde.messaging.domain.MessageStatus.QUEUED) {
            wakeUp.afterCommit(TenantContext.require());
        }
        return MessageView.of(copy, names(List.of(copy)).get(copy.clientId()));
    }

    public MessageView view(long id) {
        OutboxMessage message = find(id);
        return MessageView.of(message, names(List.of(message)).get(message.clientId()));
    }

    /** Sent, waiting, suppressed and failed messages of the last 30 days. */
    public MessageCounts counts() {
        Instant since = clock.instant().minus(Duration.ofDays(30));
        Map<String, Long> byStatus = new HashMap<>();
        em.createQuery("select m.status, count(m) from OutboxMessage m where m.createdAt >= :since group by m.status",
                        Object[].class)
                .setParameter("since", since)
                .getResultStream()
                .forEach(row -> byStatus.put(row[0].toString(), (Long) row[1]));
        return new MessageCounts(byStatus.getOrDefault("SENT", 0L),
                byStatus.getOrDefault("QUEUED", 0L) + byStatus.getOrDefault("SENDING", 0L),
                byStatus.getOrDefault("SUPPRESSED", 0L),
                byStatus.getOrDefault("FAILED", 0L) + byStatus.getOrDefault("DEAD", 0L));
    }

    private OutboxMessage find(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            throw new NotFound("message-not-found", "No message " + id);
        }
        return message;
    }

    private Map<Long, String> names(List<OutboxMessage> messages) {
        List<Long> ids = messages.stream().map(OutboxMessage::clientId).filter(java.util.Objects::nonNull).distinct()
                .toList();
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select c.id, c.firstName, c.lastName from Client c where c.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(row -> names.put((Long) row[0], row[1] + " " + row[2]));
        }
        return names;
    }
}
