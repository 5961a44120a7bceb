package de.stammkunde.loyalty.domain;

import de.stammkunde.shared.error.Invalid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The loyalty program of a business, one row: on or off, and how many points a euro paid earns.
 * Changing it changes what future events earn, never what was awarded; who changed what is audited.
 */
@Entity
@Table(name = "loyalty_settings")
@Audited
public class LoyaltySettings {

    public static final short ID = 1;
    public static final BigDecimal MAX_POINTS_PER_EURO = BigDecimal.valueOf(1000);
    private static final int MAX_SCALE = 4;

    @Id
    private Short id;

    @Version
    @NotAudited
    private long version;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "points_per_euro_enabled", nullable = false)
    private boolean pointsPerEuroEnabled;

    @Column(name = "points_per_euro", nullable = false, precision = 9, scale = 4)
    private BigDecimal pointsPerEuro;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LoyaltySettings() {
    }

    public void change(boolean enabled, boolean pointsPerEuroEnabled, BigDecimal pointsPerEuro, Instant now) {
        if (pointsPerEuro == null || pointsPerEuro.signum() < 0 || pointsPerEuro.compareTo(MAX_POINTS_PER_EURO) > 0
                || pointsPerEuro.stripTrailingZeros().scale() > MAX_SCALE) {
            throw Invalid.field("pointsPerEuro", "a number from 0 to 1000 with at most 4 decimals, e.g. 0.5");
        }
        this.enabled = enabled;
        this.pointsPerEuroEnabled = pointsPerEuroEnabled;
        this.pointsPerEuro = pointsPerEuro.setScale(MAX_SCALE);
        this.updatedAt = now;
    }

    /** Points an invoice of {@code totalCents} earns when it becomes fully paid, under these settings. */
    public int pointsForPayment(long totalCents) {
        return enabled && pointsPerEuroEnabled ? PointsRule.forPayment(totalCents, pointsPerEuro) : 0;
    }

    public long version() { return version; }
    public boolean enabled() { return enabled; }
    public boolean pointsPerEuroEnabled() { return pointsPerEuroEnabled; }
    public BigDecimal pointsPerEuro() { return pointsPerEuro.stripTrailingZeros(); }
    public Instant updatedAt() { return updatedAt; }
}
