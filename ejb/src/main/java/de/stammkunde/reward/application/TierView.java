package de.stammkunde.reward.application;

import de.stammkunde.reward.domain.RewardTier;

import java.time.Instant;

/**
 * A reward tier as staff see it, with how many clients received it and whether granting it to
 * clients already above its threshold is still under way. {@code version} is the ETag for If-Match.
 */
public record TierView(long id, long version, String name, String type, Long valueCents, int threshold,
                       String description, boolean email, boolean active, long granted, boolean granting,
                       Instant updatedAt) {

    static TierView of(RewardTier tier, long granted, boolean granting) {
        return new TierView(tier.id(), tier.version(), tier.name(), tier.type().name(), tier.valueCents(),
                tier.threshold(), tier.description(), tier.email(), tier.active(), granted, granting, tier.updatedAt());
    }
}
