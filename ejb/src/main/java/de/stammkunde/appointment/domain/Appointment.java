package de.stammkunde.appointment.domain;

import de.stammkunde.shared.error.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A session of a client with a staff member. Its status changes only along the rules of
 * {@link AppointmentStatus}; each change is returned as a {@link StatusChange} for the log and
 * the domain event. Client and session type are referenced by id: they are aggregates of their own.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "session_type_id", nullable = false)
    private long sessionTypeId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "staff_subject", nullable = false)
    private String staffSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentStatus status;

    @Column(name = "price_cents", nullable = false)
    private long priceCents;

    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private BookingSource source = BookingSource.STAFF;

    @Column(name = "referral_code", updatable = false)
    private String referralCode;

    @Column(name = "privacy_notice_acknowledged_at", updatable = false)
    private Instant privacyNoticeAcknowledgedAt;

    protected Appointment() {
    }

    /** A new, booked appointment at the given price (the session type's default when booked). */
    public Appointment(AppointmentData data, long priceCents, Instant now) {
        this.createdAt = Objects.requireNonNull(now);
        this.status = AppointmentStatus.BOOKED;
        this.priceCents = priceCents;
        apply(data, now);
    }

    /**
     * A booked appointment the client made online, having acknowledged the privacy notice at
     * {@code now}; the referral code is kept as given.
     */
    public static Appointment bookedOnline(AppointmentData data, long priceCents, String referralCode, Instant now) {
        Appointment appointment = new Appointment(data, priceCents, now);
        appointment.source = BookingSource.ONLINE;
        appointment.referralCode = referralCode;
        appointment.privacyNoticeAcknowledgedAt = now;
        return appointment;
    }

    /** Moves the appointment or changes its facts; only while it is booked or confirmed. */
    public void change(AppointmentData data, Instant now) {
        if (!status.open()) {
            throw new Conflict("appointment-closed", "Appointment " + id + " is " + status + " and cannot be changed");
        }
        apply(data, now);
    }

    private void apply(AppointmentData data, Instant now) {
        this.clientId = data.clientId();
        this.sessionTypeId = data.sessionTypeId();
        this.startsAt = data.start();
        this.endsAt = data.end();
        this.staffSubject = data.staffSubject();
        this.notes = data.notes();
        this.updatedAt = now;
    }

    /** Changes the status if the rules allow it; otherwise {@link TransitionNotAllowed}. */
    public StatusChange transitionTo(AppointmentStatus target, Instant now) {
        if (!status.mayBecome(target)) {
            throw new TransitionNotAllowed(id == null ? 0 : id, status, target);
        }
        StatusChange change = new StatusChange(status, target);
        this.status = target;
        this.updatedAt = now;
        return change;
    }

    public Long id() { return id; }
    public long version() { return version; }
    public long clientId() { return clientId; }
    public long sessionTypeId() { return sessionTypeId; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public String staffSubject() { return staffSubject; }
    public AppointmentStatus status() { return status; }
    public long priceCents() { return priceCents; }
    public String notes() { return notes; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public BookingSource source() { return source; }
    public String referralCode() { return referralCode; }
    public Instant privacyNoticeAcknowledgedAt() { return privacyNoticeAcknowledgedAt; }
}
