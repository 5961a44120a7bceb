package de.stammkunde.messaging.sms;

import java.time.Instant;

/** One line of a tenant's SMS credit ledger: positive deltas add credits, negative ones use them. */
public record SmsCreditEntryView(long id, SmsCreditKind kind, int delta, String reference, String actor, String note,
                                 Instant createdAt) {

    static SmsCreditEntryView of(SmsCreditEntry entry) {
        return new SmsCreditEntryView(entry.id(), entry.kind(), entry.delta(), entry.reference(), entry.actor(),
                entry.note(), entry.createdAt());
    }
}
