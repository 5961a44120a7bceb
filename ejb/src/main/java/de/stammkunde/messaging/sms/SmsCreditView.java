package de.stammkunde.messaging.sms;

/** A tenant's SMS credit balance right after the ledger entry that changed it. */
public record SmsCreditView(String tenant, int balance, SmsCreditEntryView entry) {
}
