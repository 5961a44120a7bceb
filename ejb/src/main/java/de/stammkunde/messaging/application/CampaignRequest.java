package de.stammkunde.messaging.application;

/**
 * A campaign's draft: kind ({@code newsletter} or {@code repermission}, fixed once created), name,
 * the German wording (newsletters), the English wording (optional: English clients get the German
 * one without it), and the audience filter (a tag, a client status; both optional).
 */
public record CampaignRequest(String kind, String name, String subjectDe, String bodyDe, String subjectEn,
                              String bodyEn, String tag, String clientStatus) {
}
