package de.stammkunde.appointment.application;

import de.stammkunde.appointment.domain.Appointment;
import de.stammkunde.appointment.domain.AppointmentData;
import de.stammkunde.appointment.domain.AppointmentStatus;
import de.stammkunde.appointment.domain.AppointmentTransition;
import de.stammkunde.appointment.domain.OpeningHours;
import de.stammkunde.appointment.domain.SessionType;
import de.stammkunde.appointment.domain.StatusChange;
import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientView;
import de.stammkunde.referral.application.Referrals;
import de.stammkunde.client.domain.ClientData;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.tenancy.application.StaffMemberView;
import de.stammkunde.tenancy.domain.StaffRole;
import de.stammkunde.tenancy.domain.TenantContext;
import de.stammkunde.shared.event.DomainEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Booking without an account, for the tenant in context. The business is taken to be one
 * resource: a slot is free when no appointment that is not cancelled overlaps it, whoever it is
 * with (staff may still book overlapping appointments for several staff members). Bookings of one
 * business take a transaction-level advisory lock first, so of two bookings of the same or
 * overlapping slots only the first succeeds, the second gets 409 {@code slot-taken}; the same lock
 * keeps two first bookings of one new client from creating the client twice.
 * <p>
 * Opening hours are not a setting yet: {@link OpeningHours#DEFAULT} applies to every business.
 * An online booking is given to the business's longest-standing owner; staff reassign it in the
 * calendar.
 */
@Stateless
public class OnlineBooking {

    /** First key of the advisory lock (the second is the tenant's): "BKNG". */
    private static final int LOCK_NAMESPACE = 0x424B4E47;
    public static final int MAX_REFERRAL_CODE = 50;
    private static final String START_FORMAT = "a date-time like 2026-03-14T10:00 (business time) or 2026-03-14T09:00:00Z";

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Referrals referrals;

    @Inject
    Clock clock;

    @Inject
    ClientService clients;

    @Inject
    BusinessStaff staff;

    @Inject
    DomainEvents events;

    private final OpeningHours hours = OpeningHours.DEFAULT;

    /** The session types and, for the chosen one, the free slots of the day; past slots are left out. */
    public BookingOffer offer(LocalDate day, Long sessionTypeId, ZoneId zone) {
        List<SessionType> types = activeTypes();
        SessionType chosen = sessionTypeId == null ? types.stream().findFirst().orElse(null)
                : types.stream().filter(type -> type.id().equals(sessionTypeId)).findFirst()
                .orElseThrow(() -> Invalid.field("sessionTypeId", "an active session type of the business"));
        List<BookingOffer.FreeSlot> slots = chosen == null ? List.of() : freeStarts(day, chosen, zone).stream()
                .map(start -> new BookingOffer.FreeSlot(start, start.plus(chosen.duration()),
                        LocalDateTime.ofInstant(start, zone)))
                .toList();
        return new BookingOffer(day, chosen == null ? null : chosen.id(), types.stream()
                .map(type -> new BookingOffer.OfferedSessionType(type.id(), type.name(), type.durationMinutes(),
                        type.defaultPriceCents()))
                .toList(), slots);
    }

    /**
     * Books the slot for the client the email or phone number names, or for a new client made of
     * the booking's data; an existing client's data is left as it is. Names every bad field at
     * once; a slot taken meanwhile is a {@link Conflict} {@code slot-taken}.
     */
    public OnlineBookingView book(OnlineBookingDraft draft, ZoneId zone) {
        Instant now = clock.instant();
        Checked checked = check(draft, zone, now);
        lockBookings();
        Instant end = checked.start().plus(checked.type().duration());
        if (overlapping(checked.start(), end) > 0) {
            throw new Conflict("slot-taken", "The slot at " + checked.start() + " is taken");
        }
        long clientId = clients.matching(checked.client()).map(ClientView::id)
                .orElseGet(() -> clients.create(checked.client()).id());
        Appointment appointment = Appointment.bookedOnline(AppointmentData.of(clientId, checked.type().id(),
                checked.start(), end, owner(), null), checked.type().defaultPriceCents(), checked.referralCode(), now);
        em.persist(appointment);
        em.persist(new AppointmentTransition(appointment.id(), new StatusChange(null, AppointmentStatus.BOOKED), now,
                AuditContext.current().actor()));
        em.flush();
        AppointmentService.raiseBooked(events, appointment);
        Referrals.Outcome referral = checked.referralCode() == null ? null
                : referrals.registerByCode(clientId, checked.referralCode());
        return new OnlineBookingView(appointment.id(), appointment.status().name(), checked.type().id(),
                checked.type().name(), appointment.startsAt(), appointment.endsAt(),
                LocalDateTime.ofInstant(appointment.startsAt(), zone),
                referral == null ? null : new OnlineBookingView.ReferralCode(checked.referralCode(),
                        referral != Referrals.Outcome.UNKNOWN_CODE, referral.name()));
    }

    private record Checked(ClientData client, SessionType type, Instant start, String referralCode) {
    }

    private Checked check(OnlineBookingDraft draft, ZoneId zone, Instant now) {
        List<Invalid.Violation> violations = new ArrayList<>();
        ClientData client = null;
        try {
            client = ClientData.of(draft.firstName(), draft.lastName(), draft.email(), draft.phone(), null, null, null,
                    null, null, null, null, null, null, "en".equals(draft.language()) ? "en" : "de",
                    LocalDate.now(clock.withZone(zone)));
        } catch (Invalid e) {
            violations.addAll(e.violations());
        }
        if (draft.email() == null || draft.email().isBlank()) {
            violations.add(new Invalid.Violation("email", "required"));
        }
        SessionType type = draft.sessionTypeId() == null ? null : em.find(SessionType.class, draft.sessionTypeId());
        if (draft.sessionTypeId() == null) {
            violations.add(new Invalid.Violation("sessionTypeId", "required"));
        } else if (type == null || !type.active()) {
            violations.add(new Invalid.Violation("sessionTypeId", "an active session type of the business"));
        }
        Instant start = null;
        if (draft.start() == null || draft.start().isBlank()) {
            violations.add(new Invalid.Violation("start", "required"));
        } else {
            start = parse(draft.start().strip(), zone).orElse(null);
            if (start == null) {
                violations.add(new Invalid.Violation("start", START_FORMAT));
            } else if (type != null && type.active() && !hours.starts(LocalDate.ofInstant(start, zone),
                    type.duration(), zone, now).contains(start)) {
                violations.add(new Invalid.Violation("start", "a future slot within the opening hours"));
            }
        }
        if (!Boolean.TRUE.equals(draft.privacyNoticeAccepted())) {
            violations.add(new Invalid.Violation("privacyNoticeAccepted", "required: the privacy notice must be acknowledged"));
        }
        String referralCode = draft.referralCode() == null || draft.referralCode().isBlank()
                ? null : draft.referralCode().strip();
        if (referralCode != null && referralCode.length() > MAX_REFERRAL_CODE) {
            violations.add(new Invalid.Violation("referralCode", "at most " + MAX_REFERRAL_CODE + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new Checked(client, type, start, referralCode);
    }

    private List<SessionType> activeTypes() {
        return em.createQuery("select t from SessionType t where t.active = true order by lower(t.name), t.id",
                        SessionType.class)
                .setMaxResults(SessionTypeService.MAX_LISTED)
                .getResultList();
    }

    private List<Instant> freeStarts(LocalDate day, SessionType type, ZoneId zone) {
        List<Instant> starts = hours.starts(day, type.duration(), zone, clock.instant());
        if (starts.isEmpty()) {
            return starts;
        }
        Duration length = type.duration();
        List<Object[]> taken = em.createQuery("select a.startsAt, a.endsAt from Appointment a where a.status <> :cancelled"
                        + " and a.startsAt < :until and a.endsAt > :since", Object[].class)
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("since", starts.get(0))
                .setParameter("until", starts.get(starts.size() - 1).plus(length))
                .getResultList();
        return starts.stream()
                .filter(start -> taken.stream().noneMatch(row -> ((Instant) row[0]).isBefore(start.plus(length))
                        && ((Instant) row[1]).isAfter(start)))
                .toList();
    }

    private long overlapping(Instant start, Instant end) {
        return em.createQuery("select count(a) from Appointment a where a.status <> :cancelled"
                        + " and a.startsAt < :end and a.endsAt > :start", Long.class)
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("start", start)
                .setParameter("end", end)
                .getSingleResult();
    }

    /** Held until the transaction ends; advisory locks are per database, so the key names the tenant. */
    private void lockBookings() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1, ?2)) l")
                .setParameter(1, LOCK_NAMESPACE)
                .setParameter(2, TenantContext.require().value().hashCode())
                .getSingleResult();
    }

    private String owner() {
        return staff.members().stream()
                .filter(member -> member.role() == StaffRole.OWNER)
                .min(Comparator.comparing(StaffMemberView::since))
                .map(StaffMemberView::subject)
                .orElseThrow(() -> new IllegalStateException("The business has no owner"));
    }

    private static Optional<Instant> parse(String value, ZoneId zone) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(value).atZone(zone).toInstant());
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
