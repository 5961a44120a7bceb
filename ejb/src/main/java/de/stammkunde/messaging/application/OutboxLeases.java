package de.stammkunde.messaging.application;

import de.stammkunde.consent.application.ConsentService;
import de.stammkunde.consent.domain.ConsentPolicy;
import de.stammkunde.consent.domain.ConsentPurpose;
import de.stammkunde.messaging.domain.Backoff;
import de.stammkunde.messaging.domain.MessageChannel;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outbox's state changes, each in a short transaction of its own in the current tenant.
 * Leasing takes due messages with {@code FOR UPDATE SKIP LOCKED} and marks them {@code SENDING}
 * until a deadline, so two dispatchers never hold the same message; every later change is guarded
 * by {@code status = 'SENDING'}. A lease that runs out means its dispatcher died while sending: the
 * message may or may not have gone out, so it is marked failed (staff can resend) and never sent
 * again on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxLeases {

    static final String INTERRUPTED = "interrupted while sending: delivery unknown, not sent again automatically";

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    ConsentService consents;

    @Inject
    MessageLinks links;

    /** Marks messages whose lease ran out as failed; returns how many. */
    public int recoverInterrupted(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        update outbox_message set status = 'FAILED', reason = :reason, lease_until = null
                        where status = 'SENDING' and lease_until < :now
                        returning id""")
                .setParameter("reason", INTERRUPTED)
                .setParameter("now", now)
                .getResultList();
        ids.forEach(id -> attempt(id.longValue(), now, "INTERRUPTED", INTERRUPTED));
        return ids.size();
    }

    /**
     * Leases up to {@code limit} due messages; consent is checked once more and messages that lost
     * it are suppressed instead of leased.
     */
    public List<LeasedMessage> lease(Instant now, Duration lease, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        with due as (
                            select id from outbox_message
                            where status = 'QUEUED' and next_attempt_at <= :now
                            order by next_attempt_at, id
                            limit :limit
                            for update skip locked)
                        update outbox_message m
                        set status = 'SENDING', lease_until = :leaseUntil, attempts = m.attempts + 1
                        from due where m.id = due.id
                        returning m.id, m.idempotency_key, m.channel, m.recipient, m.subject, m.body_text, m.body_html,
                                  m.marketing, m.client_id, m.attempts, m.purpose""")
                .setParameter("now", now)
                .setParameter("limit", limit)
                .setParameter("leaseUntil", now.plus(lease))
                .getResultList();
        Map<String, Map<Long, ConsentPolicy.Reason>> decisions = decisions(rows);
        // the signing key is read once for the batch, not once a marketing email
        Map<Long, String> unsubscribe = links.unsubscribeLinks(rows.stream()
                .filter(row -> (Boolean) row[7] && MessageChannel.EMAIL.name().equals(row[2]) && row[8] != null)
                .map(row -> ((Number) row[8]).longValue()).toList());
        List<LeasedMessage> leased = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            MessageChannel channel = MessageChannel.valueOf((String) row[2]);
            Long clientId = row[8] == null ? null : ((Number) row[8]).longValue();
            String purpose = (String) row[10];
            if (purpose != null && clientId != null) {
                ConsentPolicy.Reason reason = decisions.get(purpose + "/" + channel).get(clientId);
                if (reason == null || !reason.allowed()) {
                    finish(id, "SUPPRESSED", (reason == null ? "client-deleted" : Outbox.reasonText(reason))
                            + " (checked before sending)", now);
                    continue;
                }
            }
            boolean marketing = (Boolean) row[7];
            String link = marketing && channel == MessageChannel.EMAIL && clientId != null
                    ? unsubscribe.get(clientId) : null;
            leased.add(new LeasedMessage(id, (String) row[1], channel, (String) row[3], (String) row[4],
                    (String) row[5], (String) row[6], marketing, clientId, ((Number) row[9]).intValue(), link));
        }
        return leased;
    }

    /** The messages were accepted by the mail server or gateway. */
    public void sent(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        with sent as (
                            update outbox_message set status = 'SENT', sent_at = :now, lease_until = null, reason = null
                            where id in (:ids) and status = 'SENDING'
                            returning id)
                        insert into outbox_attempt (message_id, attempted_at, outcome)
                        select id, :now, 'SENT' from sent""")
                .setParameter("now", now)
                .setParameter("ids", ids)
                .executeUpdate();
    }

    /** An SMS was accepted: sent, with the segments it cost. */
    public void sentSms(long id, int segments, Instant now) {
        em.createNativeQuery("update outbox_message set segments = :segments where id = :id")
                .setParameter("segments", segments)
                .setParameter("id", id)
                .executeUpdate();
        sent(List.of(id), now);
    }

    /**
     * The attempt failed: for good ({@code permanent}), or to be tried again after the back-off
     * until the attempts are used up.
     */
    public String failed(long id, int attempts, String error, boolean permanent, Backoff backoff, Instant now) {
        String status = permanent ? "FAILED" : backoff.retries(attempts) ? "QUEUED" : "DEAD";
        em.createNativeQuery("""
                        update outbox_message
                        set status = :status, reason = :error, lease_until = null, next_attempt_at = :next
                        where id = :id and status = 'SENDING'""")
                .setParameter("status", status)
                .setParameter("error", truncate(error))
                .setParameter("next", now.plus(backoff.delayAfter(attempts)))
                .setParameter("id", id)
                .executeUpdate();
        attempt(id, now, permanent ? "FAILED" : "RETRY", error);
        return status;
    }

    /** Not sent on purpose, e.g. no SMS credits left. */
    public void suppressed(long id, String reason, Instant now) {
        finish(id, "SUPPRESSED", reason, now);
    }

    private void finish(long id, String status, String reason, Instant now) {
        em.createNativeQuery("""
                        update outbox_message set status = :status, reason = :reason, lease_until = null
                        where id = :id and status = 'SENDING'""")
                .setParameter("status", status)
                .setParameter("reason", truncate(reason))
                .setParameter("id", id)
                .executeUpdate();
        attempt(id, now, status, reason);
    }

    /** The consent decisions for the leased rows, by "purpose/channel" and client: a few queries per batch. */
    private Map<String, Map<Long, ConsentPolicy.Reason>> decisions(List<Object[]> rows) {
        Map<String, Set<Long>> clients = new HashMap<>();
        for (Object[] row : rows) {
            if (row[10] != null && row[8] != null) {
                clients.computeIfAbsent(row[10] + "/" + row[2], key -> new HashSet<>()).add(((Number) row[8]).longValue());
            }
        }
        Map<String, Map<Long, ConsentPolicy.Reason>> decisions = new HashMap<>();
        clients.forEach((key, ids) -> {
            String[] parts = key.split("/");
            decisions.put(key, consents.mayContactAll(ids, ConsentPurpose.valueOf(parts[0]),
                    MessageChannel.valueOf(parts[1]).consentChannel()));
        });
        return decisions;
    }

    private void attempt(long messageId, Instant now, String outcome, String error) {
        em.createNativeQuery("""
                        insert into outbox_attempt (message_id, attempted_at, outcome, error)
                        values (:message, :now, :outcome, :error)""")
                .setParameter("message", messageId)
                .setParameter("now", now)
                .setParameter("outcome", outcome)
                .setParameter("error", new org.hibernate.query.TypedParameterValue<>(
                        org.hibernate.type.StandardBasicTypes.STRING, truncate(error)))
                .executeUpdate();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
