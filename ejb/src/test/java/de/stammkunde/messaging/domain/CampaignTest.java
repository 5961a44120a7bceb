package de.stammkunde.messaging.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignTest {

    private static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");

    @Test
    void englishClientsGetTheGermanWordingWhenThereIsNoEnglish() {
        Campaign campaign = new Campaign(CampaignKind.NEWSLETTER, "Olga", NOW);
        campaign.change("N", new TemplateText("Betreff", "Text"), null, null, null, "Olga", NOW);
        assertThat(campaign.text("en")).isEqualTo(new TemplateText("Betreff", "Text"));

        campaign.change("N", new TemplateText("Betreff", "Text"), new TemplateText("Subject", "Body"), null, null,
                "Olga", NOW);
        assertThat(campaign.text("en")).isEqualTo(new TemplateText("Subject", "Body"));
        assertThat(campaign.text("de")).isEqualTo(new TemplateText("Betreff", "Text"));
    }

    @Test
    void progressAddsUpAndOnlyDraftsAndScheduledCampaignsAreOpen() {
        Campaign campaign = new Campaign(CampaignKind.NEWSLETTER, "Olga", NOW);
        assertThat(campaign.state().open()).isTrue();
        campaign.schedule(NOW, "Olga", NOW);
        assertThat(campaign.state()).isEqualTo(CampaignState.SCHEDULED);
        assertThat(campaign.state().open()).isTrue();
        campaign.start(NOW);
        campaign.progress(500, 480, 20);
        campaign.progress(730, 200, 30);
        campaign.finish(NOW);
        assertThat(campaign.state()).isEqualTo(CampaignState.SENT);
        assertThat(campaign.state().open()).isFalse();
        assertThat(campaign.lastClientId()).isEqualTo(730);
        assertThat(campaign.queued()).isEqualTo(680);
        assertThat(campaign.excluded()).isEqualTo(50);
        assertThat(CampaignState.SENDING.open()).isFalse();
        assertThat(CampaignKind.REPERMISSION.messageKind()).isEqualTo(MessageKind.REPERMISSION);
    }
}
