package de.stammkunde.messaging.application;

import de.stammkunde.consent.application.ConsentLinkView;
import de.stammkunde.consent.application.ConsentLinks;
import de.stammkunde.messaging.domain.Campaign;
import de.stammkunde.messaging.domain.CampaignKind;
import de.stammkunde.messaging.domain.CampaignState;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.shared.i18n.Languages;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The steps of sending a campaign, each in a transaction of its own: starting it, queuing one batch
 * of its audience (the campaign row locked, so two runners never take the same batch), finishing it.
 * The progress is committed with the batch's messages, so a restart goes on after the last batch.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CampaignBatches {

    /** Clients per transaction. */
    static final int BATCH = 500;
    /** How long the re-permission link stays valid. */
    static final int LINK_DAYS = 30;

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    CampaignAudience audience;

    @Inject
    Outbox outbox;

    @Inject
    ConsentLinks consentLinks;

    @Inject
    TenantFacts tenantFacts;

    /** The campaigns due at {@code now}: scheduled for then or earlier, or sending (interrupted runs). */
    public List<Long> due(Instant now) {
        return em.createQuery("select c.id from Campaign c where (c.state = :scheduled and c.scheduledAt <= :now)"
                        + " or c.state = :sending order by c.scheduledAt, c.id", Long.class)
                .setParameter("scheduled", CampaignState.SCHEDULED)
                .setParameter("sending", CampaignState.SENDING)
                .setParameter("now", now)
                .getResultList();
    }

    /** Scheduled and due → sending; false when it is not (any more) to be sent. */
    public boolean start(long id, Instant now) {
        Campaign campaign = em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null) {
            return false;
        }
        if (campaign.state() == CampaignState.SCHEDULED && !campaign.scheduledAt().isAfter(now)) {
            campaign.start(now);
        }
        return campaign.state() == CampaignState.SENDING;
    }

    /**
     * Queues the next batch of the audience; at the end marks the campaign sent. Returns what the
     * step did, with {@code finished} 1 when it was the last step, or null when the campaign is not sending.
     */
    public CampaignReport step(long id, Instant now) {
        Campaign campaign = em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null || campaign.state() != CampaignState.SENDING) {
            return null;
        }
        List<CampaignAudience.Member> members = audience.batch(campaign, campaign.lastClientId(), BATCH);
        if (members.isEmpty()) {
            campaign.finish(now);
            return new CampaignReport(1, 0, 0);
        }
        ZoneId zone = campaign.kind() == CampaignKind.REPERMISSION ? tenantFacts.zone() : null;
        List<MessageRequest> requests = new ArrayList<>();
        int excluded = 0;
        for (CampaignAudience.Member member : members) {
            if (!member.eligible()) {
                excluded++;
                continue;
            }
            requests.add(request(campaign, member, zone));
        }
        outbox.enqueueAll(requests);
        int queued = requests.size();
        campaign.progress(members.get(members.size() - 1).clientId(), queued, excluded);
        return new CampaignReport(0, queued, excluded);
    }

    private MessageRequest request(Campaign campaign, CampaignAudience.Member member, ZoneId zone) {
        String key = "campaign:" + campaign.id() + ":" + member.clientId();
        if (campaign.kind() == CampaignKind.NEWSLETTER) {
            String language = Languages.isSupported(member.language()) ? member.language() : "de";
            return new MessageRequest(campaign.kind().messageKind(), MessageChannel.EMAIL, member.clientId(), key,
                    Map.of(), campaign.text(language), campaign.id(), null, false);
        }
        ConsentLinkView link = consentLinks.create(member.clientId(), "email", LINK_DAYS);
        ZonedDateTime until = link.expiresAt().atZone(zone);
        return new MessageRequest(campaign.kind().messageKind(), MessageChannel.EMAIL, member.clientId(), key,
                Map.of("link", link.url(), "validUntil", (Localized) language -> Templates.formatDay(until, language)),
                null, campaign.id(), null, false);
    }
}
