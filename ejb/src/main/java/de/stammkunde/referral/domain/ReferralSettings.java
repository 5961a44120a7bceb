package de.stammkunde.referral.domain;

import de.stammkunde.shared.error.Invalid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The referral program of a business, one row: on or off, the points for the referrer and the
 * welcome points for the friend, a monthly cap per referrer, the style of new codes; audited.
 */
@Entity
@Table(name = "referral_settings")
@Audited
public class ReferralSettings {

    public static final short ID = 1;

    @Id
    private Short id;

    @Version
    @NotAudited
    private long version;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "referrer_points", nullable = false)
    private int referrerPoints;

    @Column(name = "welcome_points", nullable = false)
    private int welcomePoints;

    /** At most this many referral awards per referrer and calendar month; null: no limit. */
    @Column(name = "monthly_cap")
    private Integer monthlyCap;

    @Enumerated(EnumType.STRING)
    @Column(name = "code_style", nullable = false)
    private CodeStyle codeStyle;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReferralSettings() {
    }

    public static final int MAX_POINTS = 1_000_000;
    public static final int MAX_CAP = 1000;

    /** Changes the settings; new codes take the style, codes given keep theirs. */
    public void change(boolean enabled, int referrerPoints, int welcomePoints, Integer monthlyCap, CodeStyle codeStyle,
                       Instant now) {
        List<Invalid.Violation> violations = new ArrayList<>();
        if (referrerPoints < 0 || referrerPoints > MAX_POINTS) {
            violations.add(new Invalid.Violation("referrerPoints", "0 to " + MAX_POINTS));
        }
        if (welcomePoints < 0 || welcomePoints > MAX_POINTS) {
            violations.add(new Invalid.Violation("welcomePoints", "0 to " + MAX_POINTS));
        }
        if (monthlyCap != null && (monthlyCap < 1 || monthlyCap > MAX_CAP)) {
            violations.add(new Invalid.Violation("monthlyCap", "empty (no limit) or 1 to " + MAX_CAP));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        this.enabled = enabled;
        this.referrerPoints = referrerPoints;
        this.welcomePoints = welcomePoints;
        this.monthlyCap = monthlyCap;
        this.codeStyle = Objects.requireNonNull(codeStyle);
        this.updatedAt = now;
    }

    public long version() { return version; }
    public boolean enabled() { return enabled; }
    public int referrerPoints() { return referrerPoints; }
    public int welcomePoints() { return welcomePoints; }
    public Integer monthlyCap() { return monthlyCap; }
    public CodeStyle codeStyle() { return codeStyle; }
    public Instant updatedAt() { return updatedAt; }
}
