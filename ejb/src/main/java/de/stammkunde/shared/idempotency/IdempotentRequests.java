package de.stammkunde.shared.idempotency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a request once per idempotency key, in the caller's (or a new) transaction of the tenant
 * in context. The key's row is inserted first: a concurrent request with the same key waits on
 * the unique key until the first one commits (and then replays its answer) or rolls back (and
 * then runs itself). A failed request stores nothing, so it may be retried with the same key.
 */
@Stateless
public class IdempotentRequests {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The stored answer when {@code key} was used for the same request before; otherwise runs
     * {@code work}, stores its answer under the key and returns it.
     *
     * @param request     what the key guards, e.g. {@code POST /invoices/7/payments}
     * @param requestHash a digest of the request's content
     */
    public Outcome once(String key, String request, String requestHash, Supplier<StoredResponse> work) {
        int claimed = em.createNativeQuery("""
                        insert into idempotency_key (idempotency_key, request, request_hash, created_at)
                        values (:key, :request, :hash, :now)
                        on conflict (idempotency_key) do nothing""")
                .setParameter("key", key)
                .setParameter("request", request)
                .setParameter("hash", requestHash)
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (claimed == 1) {
            StoredResponse response = work.get();
            em.createNativeQuery("""
                            update idempotency_key set response_status = :status, response_location = :location,
                                   response_body = :body where idempotency_key = :key""")
                    .setParameter("status", response.status())
                    .setParameter("location", response.location())
                    .setParameter("body", response.body())
                    .setParameter("key", key)
                    .executeUpdate();
            return new Outcome(response, false);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select request, request_hash, response_status, response_location, response_body
                        from idempotency_key where idempotency_key = :key""")
                .setParameter("key", key)
                .getResultList();
        if (rows.isEmpty()) {
            throw new KeyInProgress(key);
        }
        Object[] row = rows.get(0);
        if (!request.equals(row[0]) || !requestHash.equals(row[1])) {
            throw new KeyReused(key);
        }
        if (row[2] == null) {
            throw new KeyInProgress(key);
        }
        return new Outcome(new StoredResponse(((Number) row[2]).intValue(), (String) row[3], (String) row[4]), true);
    }

    /** The answer and whether it is a replay of an earlier one. */
    public record Outcome(StoredResponse response, boolean replayed) {
    }
}
