package de.stammkunde.loyalty.application;

import java.time.Instant;

/**
 * One ledger entry as staff read it: the points (+/−), where they come from, what they are linked
 * to (an invoice, an appointment, a referral), the entry they reverse, who made it and when.
 */
public record LedgerEntryView(long id, long clientId, int points, String source, String kind, String linkedType,
                              Long linkedId, Long reverses, String description, String actorKind, String actorName,
                              Instant createdAt) {
}
