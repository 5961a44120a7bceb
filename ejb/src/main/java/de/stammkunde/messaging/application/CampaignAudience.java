package de.stammkunde.messaging.application;

import de.stammkunde.messaging.domain.Campaign;
import de.stammkunde.messaging.domain.CampaignKind;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.List;

/**
 * Who a campaign goes to, in set-based queries. The audience: non-deleted clients matching the
 * filter (tag, status); for the re-permission campaign only those with a consent given without
 * proof (no text, no trail) or under an outdated text version. Eligible: newsletters need an email
 * address, data-processing and marketing email consent GIVEN (the outbox checks again before
 * sending); the re-permission request needs an email address only, since it asks for consent.
 */
@Stateless
public class CampaignAudience {

    /** One client of the audience: the id, the language they read, and whether they may receive it. */
    public record Member(long clientId, String language, boolean eligible) {
    }

    private static final String AUDIENCE = """
            from client c
            where c.deleted_at is null
              and (cast(:tag as varchar) is null
                   or exists (select 1 from client_tag ct where ct.client_id = c.id and lower(ct.tag) = lower(cast(:tag as varchar))))
              and (cast(:status as varchar) is null or coalesce(c.status_override, 'NEW') = cast(:status as varchar))
            """;

    private static final String OUTDATED = """
              and exists (select 1 from consent_record r left join consent_text t on t.id = r.text_id
                          where r.client_id = c.id and r.state in ('GIVEN', 'UNCONFIRMED')
                            and (r.text_id is null
                                 or t.version < (select max(t2.version) from consent_text t2
                                                 where t2.purpose = t.purpose and t2.language = t.language)
                                 or not exists (select 1 from consent_proof p where p.client_id = r.client_id
                                                and p.purpose = r.purpose and p.channel = r.channel)))
            """;

    private static final String NEWSLETTER_ELIGIBLE = """
            (c.email is not null
             and exists (select 1 from consent_record r where r.client_id = c.id and r.purpose = 'DATA_PROCESSING'
                         and r.channel = 'ANY' and r.state = 'GIVEN')
             and exists (select 1 from consent_record r where r.client_id = c.id and r.purpose = 'MARKETING'
                         and r.channel = 'EMAIL' and r.state = 'GIVEN'))""";

    private static final String ADDRESS_ELIGIBLE = "(c.email is not null)";

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    /** The next members after {@code afterClientId}, by id, at most {@code limit}. */
    public List<Member> batch(Campaign campaign, long afterClientId, int limit) {
        Query query = em.createNativeQuery("select c.id, c.preferred_language, " + eligible(campaign.kind()) + " "
                        + audience(campaign.kind()) + " and c.id > :after order by c.id limit :limit");
        filter(query, campaign).setParameter("after", afterClientId).setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new Member(((Number) row[0]).longValue(), (String) row[1], Boolean.TRUE.equals(row[2])))
                .toList();
    }

    /** How many clients the audience holds, and how many of them may receive the campaign now. */
    public long[] counts(Campaign campaign) {
        Query query = em.createNativeQuery("select count(*), count(*) filter (where " + eligible(campaign.kind())
                + ") " + audience(campaign.kind()));
        Object[] row = (Object[]) filter(query, campaign).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    private static String audience(CampaignKind kind) {
        return kind == CampaignKind.REPERMISSION ? AUDIENCE + OUTDATED : AUDIENCE;
    }

    private static String eligible(CampaignKind kind) {
        return kind == CampaignKind.NEWSLETTER ? NEWSLETTER_ELIGIBLE : ADDRESS_ELIGIBLE;
    }

    private static Query filter(Query query, Campaign campaign) {
        return query.setParameter("tag", campaign.tag())
                .setParameter("status", campaign.clientStatus() == null ? null : campaign.clientStatus().name());
    }
}
