package de.stammkunde.api.sms;

import de.stammkunde.messaging.sms.SmsCreditEntryView;

import java.util.List;

/** A business's SMS credit balance and one page of its ledger, newest first. */
public record SmsCreditsView(String tenant, int balance, List<SmsCreditEntryView> items, int page, int size) {

    public SmsCreditsView {
        items = List.copyOf(items);
    }
}
