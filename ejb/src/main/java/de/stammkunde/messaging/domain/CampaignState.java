package de.stammkunde.messaging.domain;

/** Where a campaign stands: drafted, waiting for its time, being queued, done or called off. */
public enum CampaignState {
    DRAFT, SCHEDULED, SENDING, SENT, CANCELLED;

    /** Still changeable, schedulable and cancellable. */
    public boolean open() {
        return this == DRAFT || this == SCHEDULED;
    }
}
