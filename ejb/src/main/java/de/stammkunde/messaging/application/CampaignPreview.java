package de.stammkunde.messaging.application;

/**
 * What a campaign would send: the wording rendered for a sample client in German and English, how
 * many clients the audience holds and how many of them may receive it now (newsletters: marketing
 * email consent given; re-permission: an email address).
 */
public record CampaignPreview(long audience, long eligible, PreviewView de, PreviewView en) {
}
