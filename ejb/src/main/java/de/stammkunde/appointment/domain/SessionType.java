package de.stammkunde.appointment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A kind of session the business offers (Porträt, Haarschnitt, …); who changed what is audited. */
@Entity
@Table(name = "session_type")
@Audited
public class SessionType {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_type_seq")
    @SequenceGenerator(name = "session_type_seq", sequenceName = "session_type_seq", allocationSize = 50)
    private Long id;

    @Version
    @NotAudited
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "default_price_cents", nullable = false)
    private long defaultPriceCents;

    @Column(nullable = false)
    private boolean active;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SessionType() {
    }

    public SessionType(SessionTypeData data, Instant now) {
        this.createdAt = Objects.requireNonNull(now);
        change(data, now);
    }

    public void change(SessionTypeData data, Instant now) {
        this.name = data.name();
        this.durationMinutes = data.durationMinutes();
        this.defaultPriceCents = data.defaultPriceCents();
        this.active = data.active();
        this.updatedAt = now;
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public Long id() { return id; }
    public long version() { return version; }
    public String name() { return name; }
    public int durationMinutes() { return durationMinutes; }
    public long defaultPriceCents() { return defaultPriceCents; }
    public boolean active() { return active; }
    public Instant updatedAt() { return updatedAt; }
}
