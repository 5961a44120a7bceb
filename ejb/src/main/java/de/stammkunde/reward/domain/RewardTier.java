package de.stammkunde.reward.domain;

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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.Objects;

/**
 * A reward a client unlocks when their balance reaches the threshold: a promo code, a gift voucher
 * or a custom reward. Changing a tier never touches rewards already granted; who changed what is audited.
 */
@Entity
@Table(name = "reward_tier")
@Audited
public class RewardTier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reward_tier_seq")
    @SequenceGenerator(name = "reward_tier_seq", sequenceName = "reward_tier_seq", allocationSize = 50)
    private Long id;

    @Version
    @NotAudited
    private long version;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RewardType type;

    @Column(name = "value_cents")
    private Long valueCents;

    @Column(nullable = false)
    private int threshold;

    private String description;

    @Column(nullable = false)
    private boolean email;

    @Column(nullable = false)
    private boolean active;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RewardTier() {
    }

    public RewardTier(RewardTierData data, Instant now) {
        this.createdAt = Objects.requireNonNull(now);
        change(data, now);
    }

    /**
     * Changes the tier; returns whether clients may newly qualify for it (it became active or
     * its threshold went down), so that those already above it are granted it at once.
     */
    public boolean change(RewardTierData data, Instant now) {
        boolean widened = data.active() && (!active || data.threshold() < threshold);
        this.name = data.name();
        this.type = data.type();
        this.valueCents = data.valueCents();
        this.threshold = data.threshold();
        this.description = data.description();
        this.email = data.email();
        this.active = data.active();
        this.updatedAt = now;
        return widened;
    }

    public Long id() { return id; }
    public long version() { return version; }
    public String name() { return name; }
    public RewardType type() { return type; }
    public Long valueCents() { return valueCents; }
    public int threshold() { return threshold; }
    public String description() { return description; }
    public boolean email() { return email; }
    public boolean active() { return active; }
    public Instant updatedAt() { return updatedAt; }
}
