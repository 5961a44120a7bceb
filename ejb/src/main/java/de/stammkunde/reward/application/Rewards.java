package de.stammkunde.reward.application;

import de.stammkunde.messaging.application.Localized;
import de.stammkunde.messaging.application.MessageRequest;
import de.stammkunde.messaging.application.Outbox;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.reward.domain.RewardCodes;
import de.stammkunde.reward.domain.RewardTier;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Granting rewards, in the caller's transaction: to one client whose balance just rose, or to
 * the clients already above a new tier, a batch at a time in one statement. A client gets each
 * tier once (a unique key); a promo code or voucher gets a fresh unguessable code; the tier's
 * email goes through the outbox, which stores it suppressed when the client did not agree.
 */
@Stateless
public class Rewards {

    /** How many clients one statement grants a tier to. */
    public static final int BATCH = 1000;
    private static final int CODE_TRIES = 5;

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /** Grants every active tier the balance reaches that the client has not received yet. */
    public void unlock(long clientId, long balance) {
        @SuppressWarnings("unchecked")
        List<Number> tiers = em.createNativeQuery("""
                        select t.id from reward_tier t
                        where t.active and t.threshold <= :balance
                          and not exists (select 1 from reward_grant g where g.tier_id = t.id and g.client_id = :client)
                        order by t.threshold, t.id""")
                .setParameter("balance", balance).setParameter("client", clientId).getResultList();
        for (Number tier : tiers) {
            grant(em.find(RewardTier.class, tier.longValue()), clientId, balance, null);
        }
    }

    /**
     * Grants the tier to one client (by hand when a reason is given); empty when they have it
     * already. Sends its email when the tier says so.
     */
    public Optional<Long> grant(RewardTier tier, long clientId, long balance, String reason) {
        Actor actor = AuditContext.current().actor();
        for (int attempt = 0; attempt < CODE_TRIES; attempt++) {
            String code = tier.type().hasCode() ? RewardCodes.next() : null;
            @SuppressWarnings("unchecked")
            List<Number> inserted = em.createNativeQuery("""
                            insert into reward_grant (tier_id, client_id, code, reward_name, type, value_cents,
                                                      balance_at_grant, manual, reason, state, granted_at,
                                                      granted_by_kind, granted_by_id, granted_by_name)
                            values (:tier, :client, :code, :name, :type, :value, :balance, :manual, :reason, 'ACTIVE',
                                    :now, :actorKind, :actorId, :actorName)
                            on conflict do nothing
                            returning id""")
                    .setParameter("tier", tier.id())
                    .setParameter("client", clientId)
                    .setParameter("code", text(code))
                    .setParameter("name", tier.name())
                    .setParameter("type", tier.type().name())
                    .setParameter("value", new TypedParameterValue<>(StandardBasicTypes.LONG, tier.valueCents()))
                    .setParameter("balance", balance)
                    .setParameter("manual", reason != null)
                    .setParameter("reason", text(reason))
                    .setParameter("now", clock.instant())
                    .setParameter("actorKind", actor.kind().name())
                    .setParameter("actorId", actor.id())
                    .setParameter("actorName", actor.displayName())
                    .getResultList();
            if (!inserted.isEmpty()) {
                long id = inserted.get(0).longValue();
                announcement(tier, id, clientId, balance, code).ifPresent(outbox::enqueue);
                return Optional.of(id);
            }
            if (has(tier.id(), clientId)) {
                return Optional.empty();
            }
            // the code was taken (one in 10^15): draw another
        }
        throw new IllegalStateException("No free reward code after " + CODE_TRIES + " tries");
    }

    /**
     * Grants an active tier to up to {@value #BATCH} clients after {@code afterClientId} (by id) whose
     * balance is at or above its threshold and who do not have it; returns how many qualified (fewer
     * than the batch: done) and the last of them, where the next batch goes on.
     */
    public GrantBatch grantToQualified(long tierId, long afterClientId) {
        RewardTier tier = em.find(RewardTier.class, tierId);
        if (tier == null || !tier.active()) {
            return new GrantBatch(0, afterClientId);
        }
        // ":after" on every table: PostgreSQL does not carry a range through the join, and without it
        // the scans of clients and grants start at the first client in every batch
        @SuppressWarnings("unchecked")
        List<Object[]> qualified = em.createNativeQuery("""
                        select b.client_id, b.points
                        from loyalty_balance b join client c on c.id = b.client_id
                        where b.points >= :threshold and c.deleted_at is null and not c.processing_restricted
                          and b.client_id > :after and c.id > :after
                          and not exists (select 1 from reward_grant g where g.tier_id = :tier
                                          and g.client_id = b.client_id and g.client_id > :after)
                        order by b.client_id
                        limit :limit""")
                .setParameter("threshold", tier.threshold()).setParameter("tier", tierId)
                .setParameter("after", afterClientId).setParameter("limit", BATCH)
                .getResultList();
        if (qualified.isEmpty()) {
            return new GrantBatch(0, afterClientId);
        }
        // ids and balances come from the database and codes from a fixed alphabet: safe as literals
        StringJoiner rows = new StringJoiner(", ");
        for (Object[] row : qualified) {
            String code = tier.type().hasCode() ? "'" + RewardCodes.next() + "'" : "null";
            rows.add("(" + ((Number) row[0]).longValue() + ", " + code + ", " + ((Number) row[1]).longValue() + ")");
        }
        Actor actor = AuditContext.current().actor();
        @SuppressWarnings("unchecked")
        List<Object[]> granted = em.createNativeQuery("""
                        insert into reward_grant (tier_id, client_id, code, reward_name, type, value_cents,
                                                  balance_at_grant, manual, state, granted_at,
                                                  granted_by_kind, granted_by_id, granted_by_name)
                        select :tier, q.client_id, q.code, :name, :type, :value, q.balance, false, 'ACTIVE', :now,
                               :actorKind, :actorId, :actorName
                        from (values\s""" + rows + """
                        ) as q (client_id, code, balance)
                        on conflict do nothing
                        returning id, client_id, balance_at_grant, code""")
                .setParameter("tier", tierId)
                .setParameter("name", tier.name())
                .setParameter("type", tier.type().name())
                .setParameter("value", new TypedParameterValue<>(StandardBasicTypes.LONG, tier.valueCents()))
                .setParameter("now", clock.instant())
                .setParameter("actorKind", actor.kind().name())
                .setParameter("actorId", actor.id())
                .setParameter("actorName", actor.displayName())
                .getResultList();
        List<MessageRequest> emails = new ArrayList<>();
        for (Object[] row : granted) {
            announcement(tier, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), (String) row[3]).ifPresent(emails::add);
        }
        outbox.enqueueAll(emails);
        return new GrantBatch(qualified.size(), ((Number) qualified.get(qualified.size() - 1)[0]).longValue());
    }

    /** How many clients (not erased, not restricted) have at least {@code threshold} points. */
    public long qualifying(int threshold, Long withoutTier) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from loyalty_balance b join client c on c.id = b.client_id
                        where b.points >= :threshold and c.deleted_at is null and not c.processing_restricted
                          and not exists (select 1 from reward_grant g where g.tier_id = :tier and g.client_id = b.client_id)""")
                .setParameter("threshold", threshold)
                .setParameter("tier", withoutTier == null ? -1L : withoutTier)
                .getSingleResult()).longValue();
    }

    public List<GrantView> ofClient(long clientId) {
        return RewardGrants.find(em, "where g.client_id = :client order by g.granted_at desc, g.id desc",
                q -> q.setParameter("client", clientId));
    }

    /** The cheapest active tier above the balance that the client has not received. */
    public Optional<NextReward> next(long clientId, long balance) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select t.id, t.name, t.threshold from reward_tier t
                        where t.active and t.threshold > :balance
                          and not exists (select 1 from reward_grant g where g.tier_id = t.id and g.client_id = :client)
                        order by t.threshold, t.id limit 1""")
                .setParameter("balance", balance).setParameter("client", clientId).getResultList();
        return rows.stream().findFirst().map(row -> new NextReward(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).intValue(), ((Number) row[2]).longValue() - balance));
    }

    private boolean has(long tierId, long clientId) {
        return !em.createNativeQuery("select 1 from reward_grant where tier_id = :tier and client_id = :client")
                .setParameter("tier", tierId).setParameter("client", clientId).getResultList().isEmpty();
    }

    /** The tier's email, when it sends one; the grant's id makes its key, so it is queued once. */
    private static Optional<MessageRequest> announcement(RewardTier tier, long grantId, long clientId, long balance,
                                                         String code) {
        if (!tier.email()) {
            return Optional.empty();
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("rewardName", tier.name());
        if (code != null) {
            model.put("code", code);
        }
        model.put("points", String.valueOf(balance));
        model.put("description", tier.description() != null ? tier.description()
                : (Localized) language -> unlocked(tier, language));
        return Optional.of(MessageRequest.of(MessageKind.REWARD_UNLOCKED, MessageChannel.EMAIL, clientId,
                "reward-grant:" + grantId, model));
    }

    /** "Sie haben einen Promocode über 10 € freigeschaltet." when the tier has no text of its own. */
    static String unlocked(RewardTier tier, String language) {
        boolean english = "en".equals(language);
        String value = tier.valueCents() == null ? "" : euros(tier.valueCents(), english);
        return switch (tier.type()) {
            case PROMO_CODE -> english ? "You have unlocked a promo code worth " + value + "."
                    : "Sie haben einen Promocode über " + value + " freigeschaltet.";
            case GIFT_VOUCHER -> english ? "You have unlocked a gift voucher worth " + value + "."
                    : "Sie haben einen Gutschein über " + value + " freigeschaltet.";
            case CUSTOM -> english ? "You have unlocked: " + tier.name() + "."
                    : "Sie haben „" + tier.name() + "“ freigeschaltet.";
        };
    }

    static String euros(long cents, boolean english) {
        NumberFormat format = NumberFormat.getNumberInstance(english ? Locale.ENGLISH : Locale.GERMAN);
        format.setMinimumFractionDigits(cents % 100 == 0 ? 0 : 2);
        format.setMaximumFractionDigits(2);
        String amount = format.format(BigDecimal.valueOf(cents, 2));
        return english ? "€" + amount : amount + " €";
    }

    private static TypedParameterValue<String> text(String value) {
        return new TypedParameterValue<>(StandardBasicTypes.STRING, value);
    }
}
