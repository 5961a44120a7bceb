package de.stammkunde.messaging.application;

import java.util.List;

/** One page of campaigns, newest first, and how many there are. */
public record CampaignPage(List<CampaignView> items, long total, int page, int size) {
}
