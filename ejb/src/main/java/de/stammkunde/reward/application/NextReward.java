package de.stammkunde.reward.application;

/** The next active tier above a balance and how many points are missing ("20 Punkte bis 50 €"). */
public record NextReward(long tierId, String rewardName, int threshold, long missing) {
}
