package de.stammkunde.appointment.domain;

import de.stammkunde.shared.audit.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One status change of an appointment: from, to, when and by whom. Written once, never changed. */
@Entity
@Table(name = "appointment_transition")
public class AppointmentTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_transition_seq")
    @SequenceGenerator(name = "appointment_transition_seq", sequenceName = "appointment_transition_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private long appointmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private AppointmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private AppointmentStatus toStatus;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, updatable = false)
    private Actor.Kind actorKind;

    @Column(name = "actor_id", updatable = false)
    private String actorId;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    protected AppointmentTransition() {
    }

    public AppointmentTransition(long appointmentId, StatusChange change, Instant at, Actor actor) {
        this.appointmentId = appointmentId;
        this.fromStatus = change.from();
        this.toStatus = change.to();
        this.at = Objects.requireNonNull(at);
        this.actorKind = actor.kind();
        this.actorId = actor.id();
        this.actorName = actor.displayName();
    }

    public long appointmentId() { return appointmentId; }
    public AppointmentStatus fromStatus() { return fromStatus; }
    public AppointmentStatus toStatus() { return toStatus; }
    public Instant at() { return at; }
    public Actor actor() { return new Actor(actorKind, actorId, actorName); }
}
