package de.stammkunde.appointment.application;

import de.stammkunde.appointment.domain.SessionType;
import de.stammkunde.appointment.domain.SessionTypeData;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.util.List;

/**
 * The session types of the tenant in context. Who may change them (owners and managers) is
 * checked at the edge, like the settings.
 */
@Stateless
public class SessionTypeService {

    /** A studio or salon offers a handful; the list is not paged beyond this. */
    public static final int MAX_LISTED = 500;

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    /** By name; only the active ones when asked. */
    public List<SessionTypeView> list(boolean activeOnly) {
        return em.createQuery("select t from SessionType t" + (activeOnly ? " where t.active = true" : "")
                        + " order by lower(t.name), t.id", SessionType.class)
                .setMaxResults(MAX_LISTED)
                .getResultStream()
                .map(SessionTypeView::of)
                .toList();
    }

    public SessionTypeView find(long id) {
        return SessionTypeView.of(require(id));
    }

    public SessionTypeView create(SessionTypeData data) {
        rejectDuplicate(data.name(), null);
        SessionType type = new SessionType(data, clock.instant());
        em.persist(type);
        em.flush();
        return SessionTypeView.of(type);
    }

    /** Changes the session type if nobody changed it since the caller read {@code expectedVersion}. */
    public SessionTypeView change(long id, long expectedVersion, SessionTypeData data) {
        SessionType type = require(id);
        if (type.version() != expectedVersion) {
            throw new Conflict("session-type-changed", "Session type " + id + " is at version " + type.version());
        }
        rejectDuplicate(data.name(), id);
        type.change(data, clock.instant());
        em.flush();
        return SessionTypeView.of(type);
    }

    private void rejectDuplicate(String name, Long self) {
        TypedQuery<Long> query = em.createQuery("select count(t) from SessionType t where lower(t.name) = lower(:name)"
                + (self == null ? "" : " and t.id <> :self"), Long.class).setParameter("name", name);
        if (self != null) {
            query.setParameter("self", self);
        }
        if (query.getSingleResult() > 0) {
            throw new Conflict("session-type-exists", "A session type named " + name + " exists already");
        }
    }

    private SessionType require(long id) {
        SessionType type = em.find(SessionType.class, id);
        if (type == null) {
            throw new NotFound("session-type-not-found", "No session type " + id);
        }
        return type;
    }
}
