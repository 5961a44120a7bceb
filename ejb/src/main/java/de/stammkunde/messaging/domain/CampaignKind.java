package de.stammkunde.messaging.domain;

/** A newsletter in the business's own words, or the request to confirm consent again (SPEC §7). */
public enum CampaignKind {
    NEWSLETTER, REPERMISSION;

    /** The kind of the messages the campaign sends. */
    public MessageKind messageKind() {
        return this == NEWSLETTER ? MessageKind.NEWSLETTER : MessageKind.REPERMISSION;
    }
}
