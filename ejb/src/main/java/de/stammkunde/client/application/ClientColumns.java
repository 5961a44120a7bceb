package de.stammkunde.client.application;

import de.stammkunde.client.domain.ClientColumn;
import de.stammkunde.client.domain.ClientListColumns;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/** Which columns each staff user sees in the client list of the business in context. */
@Stateless
public class ClientColumns {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    public List<ClientColumn> of(String subject) {
        ClientListColumns choice = em.find(ClientListColumns.class, subject);
        return choice == null ? ClientColumn.DEFAULT : choice.columns();
    }

    public List<ClientColumn> choose(String subject, List<ClientColumn> columns) {
        ClientListColumns choice = em.find(ClientListColumns.class, subject);
        if (choice == null) {
            choice = new ClientListColumns(subject, columns, clock.instant());
            em.persist(choice);
        } else {
            choice.choose(columns, clock.instant());
        }
        return choice.columns();
    }
}
