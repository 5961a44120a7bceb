package de.stammkunde.messaging.application;

/** What a campaign run did: campaigns finished, messages queued, clients left out. */
public record CampaignReport(int finished, int queued, int excluded) {

    public static final CampaignReport NOTHING = new CampaignReport(0, 0, 0);

    public CampaignReport plus(CampaignReport other) {
        return new CampaignReport(finished + other.finished, queued + other.queued, excluded + other.excluded);
    }
}
