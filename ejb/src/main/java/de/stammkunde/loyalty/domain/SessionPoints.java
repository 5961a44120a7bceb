package de.stammkunde.loyalty.domain;

import de.stammkunde.shared.error.Invalid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;

/** The points a confirmed session of one session type earns, switched on or off; audited. */
@Entity
@Table(name = "loyalty_session_points")
@Audited
public class SessionPoints {

    public static final int MAX_POINTS = 1_000_000;

    @Id
    @Column(name = "session_type_id")
    private Long sessionTypeId;

    @Version
    @NotAudited
    private long version;

    @Column(nullable = false)
    private int points;

    @Column(nullable = false)
    private boolean enabled;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SessionPoints() {
    }

    public SessionPoints(long sessionTypeId, int points, boolean enabled, Instant now) {
        this.sessionTypeId = sessionTypeId;
        change(points, enabled, now);
    }

    public void change(int points, boolean enabled, Instant now) {
        if (points < 0 || points > MAX_POINTS) {
            throw Invalid.field("points", "0 to " + MAX_POINTS);
        }
        this.points = points;
        this.enabled = enabled;
        this.updatedAt = now;
    }

    /** What a confirmed session earns now: its points when switched on, else nothing. */
    public int earned() {
        return enabled ? points : 0;
    }

    public long sessionTypeId() { return sessionTypeId; }
    public int points() { return points; }
    public boolean enabled() { return enabled; }
}
