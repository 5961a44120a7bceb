package de.stammkunde.client.application;

import de.stammkunde.shared.error.Conflict;

import java.time.Instant;

/** The client was changed since the caller read it; says by whom and when, so nothing is overwritten blindly. */
public class StaleClient extends Conflict {

    private final long currentVersion;
    private final String changedBy;
    private final Instant changedAt;

    public StaleClient(long id, long currentVersion, String changedBy, Instant changedAt) {
        super("stale-version", "Client " + id + " is at version " + currentVersion + ", changed by " + changedBy
                + " at " + changedAt);
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long currentVersion() { return currentVersion; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
}
