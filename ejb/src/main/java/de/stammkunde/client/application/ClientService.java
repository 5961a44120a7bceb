package de.stammkunde.client.application;

import de.stammkunde.client.domain.Client;
import de.stammkunde.client.domain.ClientData;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import de.stammkunde.client.domain.FieldChange;
import de.stammkunde.shared.audit.Revision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Client records of the tenant in context. */
@Stateless
public class ClientService {

    private static final String SEARCH = " and (lower(concat(c.firstName, ' ', c.lastName)) like :text"
            + " or lower(concat(c.lastName, ' ', c.firstName)) like :text"
            + " or lower(c.email) like :text"
            + " or c.phone like :phoneText"
            + " or c.id in (select tc.id from Client tc join tc.tags tg where lower(tg) like :text))";

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    public ClientView create(ClientData data) {
        rejectDuplicates(data, null);
        Client client = new Client(data, clock.instant());
        em.persist(client);
        em.flush();
        return ClientView.of(client);
    }

    /** Changes the client if nobody changed it since the caller read {@code expectedVersion}. */
    public ClientView update(long id, long expectedVersion, ClientData data) {
        Client client = require(id);
        requireVersion(client, expectedVersion);
        rejectDuplicates(data, id);
        client.update(data, clock.instant());
        em.flush();
        return ClientView.of(client);
    }

    /** Hides the client everywhere; its history stays. */
    public void delete(long id, Long expectedVersion) {
        Client client = require(id);
        if (expectedVersion != null) {
            requireVersion(client, expectedVersion);
        }
        client.delete(clock.instant());
    }

    /** Every revision of the client, newest first, with the fields each one changed. */
    public List<ClientHistoryEntry> history(long id) {
        require(id);
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Client.class, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<ClientHistoryEntry> entries = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (Object[] row : revisions) {
            Client state = (Client) row[0];
            Revision revision = (Revision) row[1];
            RevisionType type = (RevisionType) row[2];
            Map<String, String> after = state.snapshot();
            String change = type == RevisionType.ADD ? "CREATED"
                    : after.get("deletedAt") != null && before.get("deletedAt") == null ? "DELETED" : "UPDATED";
            entries.add(new ClientHistoryEntry(revision.id(), revision.at(), revision.actor().kind().name(),
                    revision.actor().id(), revision.actor().displayName(), change, FieldChange.between(before, after)));
            before = after;
        }
        Collections.reverse(entries);
        return entries;
    }

    private void requireVersion(Client client, long expectedVersion) {
        if (client.version() != expectedVersion) {
            ClientHistoryEntry last = history(client.id()).get(0);
            throw new StaleClient(client.id(), client.version(),
                    last.actorName() != null ? last.actorName() : last.actorKind(), last.at());
        }
    }

    /** Counts for the dashboard, months as the business's time zone sees them; one SQL query per figure. */
    public ClientStatistics statistics(ZoneId zone, int months) {
        YearMonth current = YearMonth.now(clock.withZone(zone));
        YearMonth first = current.minusMonths(months - 1L);
        Instant since = first.atDay(1).atStartOfDay(zone).toInstant();
        Map<String, Long> counted = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select to_char(date_trunc('month', created_at at time zone :zone), 'YYYY-MM'), count(*)
                        from client where deleted_at is null and created_at >= :since group by 1""")
                .setParameter("zone", zone.getId())
                .setParameter("since", since)
                .getResultList();
        for (Object[] row : rows) {
            counted.put((String) row[0], ((Number) row[1]).longValue());
        }
        List<ClientStatistics.MonthCount> perMonth = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            perMonth.add(new ClientStatistics.MonthCount(month.toString(), counted.getOrDefault(month.toString(), 0L)));
        }
        long total = em.createQuery("select count(c) from Client c where c.deletedAt is null", Long.class)
                .getSingleResult();
        return new ClientStatistics(total, perMonth.get(perMonth.size() - 1).count(), perMonth);
    }

    public ClientView find(long id) {
        return ClientView.of(require(id));
    }

    public ClientPage list(ClientQuery query) {
        String where = " from Client c where c.deletedAt is null" + (query.text() == null ? "" : SEARCH);
        TypedQuery<Client> items = em.createQuery("select c" + where + " order by " + query.orderBy(), Client.class);
        TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
        if (query.text() != null) {
            String pattern = "%" + escapeLike(query.text().toLowerCase()) + "%";
            String phonePattern = "%" + escapeLike(query.text().replaceAll("[\\s()/-]", "")) + "%";
            for (TypedQuery<?> q : java.util.List.of(items, count)) {
                q.setParameter("text", pattern);
                q.setParameter("phoneText", phonePattern);
            }
        }
        var page = items.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultStream().map(ClientView::of).toList();
        return new ClientPage(page, query.page(), query.size(), count.getSingleResult());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void rejectDuplicates(ClientData data, Long self) {
        if (data.email() != null) {
            duplicate("lower(c.email) = lower(:value)", data.email(), self).ifPresent(existing -> {
                throw duplicateOf(existing, "email");
            });
        }
        if (data.phone() != null) {
            duplicate("c.phone = :value", data.phone(), self).ifPresent(existing -> {
                throw duplicateOf(existing, "phone");
            });
        }
    }

    private Optional<Client> duplicate(String condition, String value, Long self) {
        TypedQuery<Client> query = em.createQuery("select c from Client c where c.deletedAt is null and " + condition
                + (self == null ? "" : " and c.id <> :self"), Client.class)
                .setParameter("value", value);
        if (self != null) {
            query.setParameter("self", self);
        }
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    private static Conflict duplicateOf(Client existing, String field) {
        return new DuplicateClient(existing.id(), existing.firstName() + " " + existing.lastName(), field);
    }

    private Client require(long id) {
        Client client = em.find(Client.class, id);
        if (client == null || client.isDeleted()) {
            throw new NotFound("client-not-found", "No client " + id);
        }
        return client;
    }

    /** Another client has the same email or phone already. */
    public static class DuplicateClient extends Conflict {
        private final long existingId;
        private final String existingName;
        private final String field;

        public DuplicateClient(long existingId, String existingName, String field) {
            super("client-duplicate", "Client " + existingId + " (" + existingName + ") has the same " + field);
            this.existingId = existingId;
            this.existingName = existingName;
            this.field = field;
        }

        public long existingId() { return existingId; }
        public String existingName() { return existingName; }
        public String field() { return field; }
    }
}
