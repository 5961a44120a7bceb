package de.stammkunde.api.sms;

import de.stammkunde.messaging.sms.RecordedSmsView;

import java.util.List;

/** One page of the SMS the development gateway recorded for a business, newest first. */
public record RecordedSmsPage(List<RecordedSmsView> items, int page, int size) {

    public RecordedSmsPage {
        items = List.copyOf(items);
    }
}
