package de.stammkunde.client.application;

import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.NotFound;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * What other features ask about a client before they act on it: does it exist (not erased), and
 * may its data be processed. One small query each, in the caller's transaction.
 */
@Stateless
public class ClientChecks {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    /** Throws {@code client-not-found} unless the client exists and is not erased. */
    public void requireExisting(long clientId) {
        restricted(clientId);
    }

    /**
     * Throws {@code client-not-found} unless the client exists, and {@code processing-restricted}
     * (saying what is withheld, e.g. "no points") while the client has restricted processing.
     */
    public void requireProcessable(long clientId, String withheld) {
        if (restricted(clientId)) {
            throw new Conflict("processing-restricted", "Processing of this client's data is restricted: " + withheld);
        }
    }

    /** Whether the client exists, is not erased and may be processed; never throws. */
    public boolean processable(long clientId) {
        return !em.createNativeQuery(
                        "select 1 from client where id = :id and deleted_at is null and not processing_restricted")
                .setParameter("id", clientId).getResultList().isEmpty();
    }

    private boolean restricted(long clientId) {
        List<?> row = em.createNativeQuery("select processing_restricted from client where id = :id and deleted_at is null")
                .setParameter("id", clientId).getResultList();
        if (row.isEmpty()) {
            throw new NotFound("client-not-found", "No client " + clientId);
        }
        return (Boolean) row.get(0);
    }
}
