package de.stammkunde.client.application;

import de.stammkunde.client.domain.ClientImport;
import de.stammkunde.shared.error.NotFound;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * The state of import runs, each change committed on its own so that progress is visible while
 * the import's own transaction is still open.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ClientImportRuns {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    public ClientImportView start(String fileName, int rows, String startedBy) {
        ClientImport run = new ClientImport(fileName, rows, startedBy, clock.instant());
        em.persist(run);
        em.flush();
        return ClientImportView.of(run);
    }

    public void progress(long id, int done) {
        require(id).progress(done);
    }

    public void finish(long id) {
        require(id).finish(clock.instant());
    }

    public void fail(long id, String reason) {
        require(id).fail(reason, clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ClientImportView find(long id) {
        return ClientImportView.of(require(id));
    }

    private ClientImport require(long id) {
        ClientImport run = em.find(ClientImport.class, id);
        if (run == null) {
            throw new NotFound("client-import-not-found", "No import " + id);
        }
        return run;
    }
}
