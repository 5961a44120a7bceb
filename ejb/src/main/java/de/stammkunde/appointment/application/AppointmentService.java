package de.stammkunde.appointment.application;

import de.stammkunde.appointment.domain.Appointment;
import de.stammkunde.appointment.domain.AppointmentData;
import de.stammkunde.appointment.domain.AppointmentStatus;
import de.stammkunde.appointment.domain.AppointmentTransition;
import de.stammkunde.appointment.domain.SessionType;
import de.stammkunde.appointment.domain.StatusChange;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.shared.event.DomainEvents;
import de.stammkunde.tenancy.application.StaffMemberView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Appointments of the tenant in context. Every status change locks the appointment's row, so of
 * two concurrent transitions only the first succeeds and the second sees the new status; the
 * change is logged and its domain event raised in the same transaction.
 */
@Stateless
public class AppointmentService {

    private static final String WITH_NAMES = "select a, concat(c.firstName, ' ', c.lastName), t.name"
            + " from Appointment a, Client c, SessionType t where c.id = a.clientId and t.id = a.sessionTypeId";

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DomainEvents events;

    @Inject
    BusinessStaff staff;

    /** Raised for every new appointment, booked by staff or online. */
    public static final String BOOKED = "appointment.booked";
    /** Raised for every cancellation, whether the appointment was confirmed or not. */
    public static final String CANCELLED = "appointment.cancelled";

    /** Books an appointment; its price is the session type's default price. */
    public AppointmentView book(AppointmentDraft draft, ZoneId zone) {
        Checked checked = check(draft, null);
        Instant now = clock.instant();
        Appointment appointment = new Appointment(checked.data(), checked.type().defaultPriceCents(), now);
        em.persist(appointment);
        log(appointment, new StatusChange(null, AppointmentStatus.BOOKED), now);
        em.flush();
        raiseBooked(events, appointment);
        return find(appointment.id(), zone);
    }

    /** Moves the appointment or changes its facts, if nobody changed it since {@code expectedVersion}. */
    public AppointmentView change(long id, Long expectedVersion, AppointmentDraft draft, ZoneId zone) {
        Appointment appointment = lock(id);
        if (expectedVersion != null && appointment.version() != expectedVersion) {
            throw new Conflict("appointment-changed", "Appointment " + id + " is at version " + appointment.version());
        }
        Checked checked = check(draft, appointment);
        appointment.change(checked.data(), clock.instant());
        em.flush();
        return find(id, zone);
    }

    /** Moves the appointment to the status, if the rules allow it from its current one. */
    public AppointmentView transition(long id, AppointmentStatus target, ZoneId zone) {
        Appointment appointment = lock(id);
        Instant now = clock.instant();
        StatusChange change = appointment.transitionTo(target, now);
        log(appointment, change, now);
        change.eventType().ifPresent(type -> events.raise(type, "appointment", id,
                change.dedupKey(id).orElseThrow(), payload(appointment, change)));
        if (target == AppointmentStatus.CANCELLED) {
            events.raise(CANCELLED, "appointment", id, "appointment:" + id + ":cancelled", payload(appointment, change));
        }
        em.flush();
        return find(id, zone);
    }

    public AppointmentView find(long id, ZoneId zone) {
        Object[] row = em.createQuery(WITH_NAMES + " and a.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> notFound(id));
        return view(row, staffNames(), zone);
    }

    /** The status changes of the appointment, oldest first. */
    public List<TransitionView> transitions(long id) {
        if (em.find(Appointment.class, id) == null) {
            throw notFound(id);
        }
        return em.createQuery("select t from AppointmentTransition t where t.appointmentId = :id order by t.at, t.id",
                        AppointmentTransition.class)
                .setParameter("id", id)
                .getResultStream()
                .map(TransitionView::of)
                .toList();
    }

    /** The appointments starting on the query's days as the zone counts them, by start. */
    public AppointmentPage list(AppointmentQuery query, ZoneId zone) {
        String where = " and a.startsAt >= :since and a.startsAt < :until"
                + (query.staffSubject() == null ? "" : " and a.staffSubject = :staff")
                + (query.status() == null ? "" : " and a.status = :status");
        TypedQuery<Object[]> items = em.createQuery(WITH_NAMES + where + " order by a.startsAt, a.id", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Appointment a where 1 = 1" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("since", query.since(zone)).setParameter("until", query.until(zone));
            if (query.staffSubject() != null) {
                q.setParameter("staff", query.staffSubject());
            }
            if (query.status() != null) {
                q.setParameter("status", query.status());
            }
        }
        List<Object[]> rows = items.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultList();
        Map<String, String> names = rows.isEmpty() ? Map.of() : staffNames();
        return new AppointmentPage(rows.stream().map(row -> view(row, names, zone)).toList(), query.page(),
                query.size(), count.getSingleResult());
    }

    /** The business's staff members, for choosing who an appointment is with. */
    public List<StaffMemberView> staffMembers() {
        return staff.members();
    }

    /**
     * The draft checked in one pass: its shape, and that the client exists, the session type is
     * active (or unchanged on an existing appointment) and the staff member belongs to the
     * business. Names every bad field.
     */
    private Checked check(AppointmentDraft draft, Appointment existing) {
        SessionType type = draft.sessionTypeId() == null ? null : em.find(SessionType.class, draft.sessionTypeId());
        Instant end = draft.end() != null || draft.start() == null || type == null
                ? draft.end() : draft.start().plus(type.duration());
        List<Invalid.Violation> violations = new ArrayList<>(AppointmentData.violations(draft.clientId(),
                draft.sessionTypeId(), draft.start(), end, draft.staffSubject(), draft.notes()));
        boolean keepsType = existing != null && draft.sessionTypeId() != null
                && existing.sessionTypeId() == draft.sessionTypeId();
        if (draft.sessionTypeId() != null && (type == null || !type.active() && !keepsType)) {
            violations.add(new Invalid.Violation("sessionTypeId", "an active session type of the business"));
        }
        if (draft.clientId() != null && !clientExists(draft.clientId())) {
            violations.add(new Invalid.Violation("clientId", "an existing client of the business"));
        }
        boolean keepsStaff = existing != null && existing.staffSubject().equals(draft.staffSubject());
        if (draft.staffSubject() != null && !draft.staffSubject().isBlank() && !keepsStaff
                && violations.stream().noneMatch(v -> v.field().equals("staffSubject"))
                && !staff.isMember(draft.staffSubject().strip())) {
            violations.add(new Invalid.Violation("staffSubject", "a staff member of the business"));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new Checked(AppointmentData.of(draft.clientId(), draft.sessionTypeId(), draft.start(), end,
                draft.staffSubject(), draft.notes()), type);
    }

    private record Checked(AppointmentData data, SessionType type) {
    }

    private boolean clientExists(long id) {
        return em.createQuery("select count(c) from Client c where c.id = :id and c.deletedAt is null", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    private void log(Appointment appointment, StatusChange change, Instant now) {
        em.persist(new AppointmentTransition(appointment.id(), change, now, AuditContext.current().actor()));
    }

    static void raiseBooked(DomainEvents events, Appointment appointment) {
        events.raise(BOOKED, "appointment", appointment.id(), "appointment:" + appointment.id() + ":booked",
                payload(appointment, new StatusChange(null, AppointmentStatus.BOOKED)));
    }

    private static Map<String, String> payload(Appointment appointment, StatusChange change) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("clientId", String.valueOf(appointment.clientId()));
        payload.put("sessionTypeId", String.valueOf(appointment.sessionTypeId()));
        payload.put("start", appointment.startsAt().toString());
        payload.put("from", change.from() == null ? null : change.from().name());
        payload.put("to", change.to().name());
        payload.put("source", appointment.source().name());
        return payload;
    }

    private Appointment lock(long id) {
        Appointment appointment = em.find(Appointment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (appointment == null) {
            throw notFound(id);
        }
        return appointment;
    }

    private Map<String, String> staffNames() {
        return staff.members().stream().collect(Collectors.toMap(StaffMemberView::subject, StaffMemberView::email,
                (first, second) -> first));
    }

    private static AppointmentView view(Object[] row, Map<String, String> staffNames, ZoneId zone) {
        Appointment appointment = (Appointment) row[0];
        return AppointmentView.of(appointment, (String) row[1], (String) row[2],
                staffNames.get(appointment.staffSubject()), zone);
    }

    private static NotFound notFound(long id) {
        return new NotFound("appointment-not-found", "No appointment " + id);
    }
}
