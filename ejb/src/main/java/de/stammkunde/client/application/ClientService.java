package de.stammkunde.client.application;

import de.stammkunde.client.domain.Client;
import de.stammkunde.client.domain.ClientData;
import de.stammkunde.client.domain.ClientStatus;
import de.stammkunde.client.domain.FieldChange;
import de.stammkunde.consent.domain.ConsentPurpose;
import de.stammkunde.consent.domain.ConsentState;
import de.stammkunde.shared.audit.Revision;
import de.stammkunde.shared.sql.SqlArrays;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;

/** Client records of the tenant in context. */
@Stateless
public class ClientService {

    private static final String SEARCH = " and (lower(concat(c.firstName, ' ', c.lastName)) like :text escape '\\'"
            + " or lower(concat(c.lastName, ' ', c.firstName)) like :text escape '\\'"
            + " or lower(c.email) like :text escape '\\'"
            + " or c.phone like :phoneText escape '\\'"
            + " or c.id in (select tc.id from Client tc join tc.tags tg where lower(tg) like :text escape '\\'))";

    private static final String TAGGED =
            " and c.id in (select tc.id from Client tc join tc.tags tg where lower(tg) = :tag)";
    private static final int MAX_TAGS_LISTED = 500;
    static final int IMPORT_BATCH = 200;
    private static final int IN_LIST_CHUNK = 1000;

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ClientsCreated> created;

    public ClientView create(ClientData data) {
        rejectDuplicates(data, null);
        Client client = new Client(data, clock.instant());
        em.persist(client);
        em.flush();
        created.fire(new ClientsCreated(List.of(client.id())));
        return ClientView.of(client);
    }

    /**
     * The client who has the email (compared case-insensitively) or, failing that, the phone
     * number (E.164) of the given facts; {@code data} must be checked, so both are normalised.
     */
    public Optional<ClientView> matching(ClientData data) {
        Optional<Client> byEmail = data.email() == null ? Optional.empty()
                : duplicate("lower(c.email) = lower(:value)", data.email(), null);
        Optional<Client> match = byEmail.isPresent() || data.phone() == null ? byEmail
                : duplicate("c.phone = :value", data.phone(), null);
        return match.map(ClientView::of);
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

    /**
     * Creates a client for every line, all in the caller's transaction; checks again that no
     * client has any of their emails or phone numbers by now. Tells {@code progress} how many
     * are done every {@value #IMPORT_BATCH} clients.
     */
    public int createAll(List<ImportLine> lines, IntConsumer progress) {
        List<Invalid.Violation> problems = withExistingClientsMarked(lines).stream()
                .flatMap(line -> line.problems().stream()
                        .map(p -> new Invalid.Violation("rows[" + line.line() + "]." + p.field(), p.message())))
                .toList();
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        Instant now = clock.instant();
        int done = 0;
        List<Long> ids = new ArrayList<>(lines.size());
        for (ImportLine line : lines) {
            Client client = new Client(line.data(), now);
            em.persist(client);
            ids.add(client.id());
            done++;
            if (done % IMPORT_BATCH == 0) {
                em.flush();
                em.clear();
                progress.accept(done);
            }
        }
        em.flush();
        created.fire(new ClientsCreated(ids));
        return done;
    }

    /** The lines again, those whose email or phone an existing client has marked as bad. */
    public List<ImportLine> withExistingClientsMarked(List<ImportLine> lines) {
        Map<String, String> emails = taken("lower(c.email)", lines.stream().filter(ImportLine::valid)
                .map(line -> line.data().email()).filter(Objects::nonNull).map(String::toLowerCase).toList());
        Map<String, String> phones = taken("c.phone", lines.stream().filter(ImportLine::valid)
                .map(line -> line.data().phone()).filter(Objects::nonNull).toList());
        if (emails.isEmpty() && phones.isEmpty()) {
            return lines;
        }
        List<ImportLine> marked = new ArrayList<>(lines.size());
        for (ImportLine line : lines) {
            List<Invalid.Violation> problems = new ArrayList<>();
            if (line.valid()) {
                String email = line.data().email() == null ? null : emails.get(line.data().email().toLowerCase());
                String phone = line.data().phone() == null ? null : phones.get(line.data().phone());
                if (email != null) {
                    problems.add(new Invalid.Violation("email", "client " + email + " has this email already"));
                }
                if (phone != null) {
                    problems.add(new Invalid.Violation("phone", "client " + phone + " has this phone already"));
                }
            }
            marked.add(problems.isEmpty() ? line : ImportLine.invalid(line.line(), problems));
        }
        return marked;
    }

    /** Of the given values, those an existing client has, each with that client's name. */
    private Map<String, String> taken(String expression, List<String> values) {
        Map<String, String> taken = new HashMap<>();
        for (int from = 0; from < values.size(); from += IN_LIST_CHUNK) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + IN_LIST_CHUNK));
            em.createQuery("select " + expression + ", concat(c.firstName, ' ', c.lastName) from Client c"
                            + " where c.deletedAt is null and " + expression + " in :values", Object[].class)
                    .setParameter("values", chunk)
                    .getResultStream()
                    .forEach(row -> taken.put((String) row[0], (String) row[1]));
        }
        return taken;
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
            List<ClientHistoryEntry> history = history(client.id());
            if (history.isEmpty()) {
                throw new StaleClient(client.id(), client.version(), "?", client.updatedAt());
            }
            ClientHistoryEntry last = history.get(0);
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

    /**
     * The contact details of the clients by id, in one query and without loading them as entities
     * (not found when one does not exist or was deleted, as {@link #find}): for messages to a batch.
     */
    public Map<Long, ClientContact> contacts(Collection<Long> ids) {
        Map<Long, ClientContact> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, first_name, last_name, email, phone, preferred_language from client
                        where id = any(cast(:ids as bigint[])) and deleted_at is null""")
                .setParameter("ids", SqlArrays.bigints(new HashSet<>(ids)))
                .getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            found.put(id, new ClientContact(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5]));
        }
        for (Long id : ids) {
            if (!found.containsKey(id)) {
                throw notFound(id);
            }
        }
        return found;
    }

    public ClientPage list(ClientQuery query) {
        return new ClientPage(page(query), query.page(), query.size(), count(query));
    }

    /** One page of the list, without counting (a lazy table counts once and pages often). */
    public List<ClientView> page(ClientQuery query) {
        TypedQuery<Client> items = em.createQuery("select c" + where(query) + " order by " + query.orderBy(),
                Client.class);
        bind(items, query);
        return items.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultStream().map(ClientView::of).toList();
    }

    /** How many clients the query's filters match. */
    public long count(ClientQuery query) {
        TypedQuery<Long> count = em.createQuery("select count(c)" + where(query), Long.class);
        bind(count, query);
        return count.getSingleResult();
    }

    private static String where(ClientQuery query) {
        return " from Client c where c.deletedAt is null" + (query.text() == null ? "" : SEARCH)
                + (query.status() == null ? "" : query.status() == ClientStatus.NEW
                        ? " and (c.statusOverride is null or c.statusOverride = :status)"
                        : " and c.statusOverride = :status")
                + (query.tag() == null ? "" : TAGGED)
                + (query.consent() == null ? "" : (query.consent() == ClientQuery.ConsentFilter.MISSING ? " and not" : " and")
                        + " exists (select 1 from ConsentRecord r where r.clientId = c.id"
                        + " and r.purpose = :processing and r.state = :given)");
    }

    private static void bind(TypedQuery<?> q, ClientQuery query) {
        if (query.text() != null) {
            q.setParameter("text", "%" + escapeLike(query.text().toLowerCase()) + "%");
            q.setParameter("phoneText", "%" + escapeLike(query.text().replaceAll("[\\s()/-]", "")) + "%");
        }
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
        if (query.tag() != null) {
            q.setParameter("tag", query.tag().toLowerCase());
        }
        if (query.consent() != null) {
            q.setParameter("processing", ConsentPurpose.DATA_PROCESSING);
            q.setParameter("given", ConsentState.GIVEN);
        }
    }

    /** The tags in use, alphabetically, for filter choices. */
    public List<String> tags() {
        return em.createQuery("select distinct tg from Client c join c.tags tg where c.deletedAt is null order by tg",
                String.class).setMaxResults(MAX_TAGS_LISTED).getResultList();
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
            throw notFound(id);
        }
        return client;
    }

    private static NotFound notFound(long id) {
        return new NotFound("client-not-found", "No client " + id);
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
