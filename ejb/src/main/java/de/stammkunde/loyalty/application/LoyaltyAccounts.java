package de.stammkunde.loyalty.application;

import de.stammkunde.client.application.ClientChecks;
import de.stammkunde.reward.application.Rewards;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.shared.time.SqlTimes;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.List;
import java.util.function.Consumer;

/** Reading points: a client's account and ledger, and the reconciliation of balances with the ledger. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LoyaltyAccounts {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    ClientChecks clientChecks;

    @Inject
    Rewards rewards;

    /**
     * The loyalty box, read in one transaction: its reads share one connection and one switch to
     * the tenant instead of each taking its own, which is what the box costs beyond a trivial read.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public LoyaltyAccount account(long clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> head = em.createNativeQuery("""
                        select coalesce(b.points, 0), s.enabled
                        from client c
                        cross join loyalty_settings s
                        left join loyalty_balance b on b.client_id = c.id
                        where c.id = :client and c.deleted_at is null""")
                .setParameter("client", clientId).getResultList();
        if (head.isEmpty()) {
            throw new NotFound("client-not-found", "No client " + clientId);
        }
        long balance = ((Number) head.get(0)[0]).longValue();
        boolean enabled = (Boolean) head.get(0)[1];
        @SuppressWarnings("unchecked")
        List<Object[]> sums = em.createNativeQuery("""
                        select source, sum(points) from loyalty_entry where client_id = :client
                        group by source order by source""")
                .setParameter("client", clientId).getResultList();
        return new LoyaltyAccount(clientId, balance, enabled, sums.stream()
                .map(row -> new LoyaltyAccount.SourceTotal((String) row[0], ((Number) row[1]).longValue())).toList(),
                rewards.ofClient(clientId), rewards.next(clientId, balance).orElse(null));
    }

    public long balance(long clientId) {
        List<?> row = em.createNativeQuery("select points from loyalty_balance where client_id = :client")
                .setParameter("client", clientId).getResultList();
        return row.isEmpty() ? 0 : ((Number) row.get(0)).longValue();
    }

    public LedgerPage ledger(long clientId, int page, int size) {
        clientChecks.requireExisting(clientId);
        long total = ((Number) em.createNativeQuery("select count(*) from loyalty_entry where client_id = :client")
                .setParameter("client", clientId).getSingleResult()).longValue();
        List<LedgerEntryView> items = entries(em, "where e.client_id = :client order by e.id desc"
                + " limit " + size + " offset " + (long) page * size, q -> q.setParameter("client", clientId));
        return new LedgerPage(items, page, size, total);
    }

    /** Clients whose balance is not the sum of their ledger; always empty unless something is broken. */
    public List<Mismatch> reconciliation() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select coalesce(b.client_id, l.client_id), coalesce(b.points, 0), coalesce(l.total, 0)
                        from loyalty_balance b
                        full join (select client_id, sum(points) as total from loyalty_entry group by client_id) l
                            on l.client_id = b.client_id
                        where coalesce(b.points, 0) <> coalesce(l.total, 0)
                        order by 1""").getResultList();
        return rows.stream().map(row -> new Mismatch(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue())).toList();
    }

    static List<LedgerEntryView> entries(EntityManager em, String where, Consumer<Query> parameters) {
        Query query = em.createNativeQuery("""
                select e.id, e.client_id, e.points, e.source, e.kind, e.linked_type, e.linked_id, e.reverses,
                       e.description, e.actor_kind, e.actor_name, e.created_at
                from loyalty_entry e
                """ + where);
        parameters.accept(query);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new LedgerEntryView(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), ((Number) row[2]).intValue(), (String) row[3], (String) row[4],
                (String) row[5], row[6] == null ? null : ((Number) row[6]).longValue(),
                row[7] == null ? null : ((Number) row[7]).longValue(), (String) row[8], (String) row[9],
                (String) row[10], SqlTimes.instant(row[11]))).toList();
    }
}
