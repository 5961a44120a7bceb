package de.stammkunde.reward.application;

/**
 * One batch of granting a tier to the clients already above it: how many qualified, and the last
 * client it looked at, after which the next batch goes on (instead of walking past every client
 * granted so far again, which made granting to many clients quadratic).
 */
public record GrantBatch(int qualified, long lastClientId) {

    /** Where granting a tier starts: before the first client. */
    public static final GrantBatch START = new GrantBatch(0, 0);

    /** A full batch: more clients may qualify after its last one. */
    public boolean full() {
        return qualified == Rewards.BATCH;
    }
}
