package de.stammkunde.messaging.sms;

import java.time.Instant;

/** What the development gateway would have sent, for the business to check its messages. */
public record RecordedSmsView(long id, String to, String text, int segments, String reference, Instant recordedAt) {

    static RecordedSmsView of(RecordedSms sms) {
        return new RecordedSmsView(sms.id(), sms.recipient(), sms.text(), sms.segments(), sms.reference(),
                sms.recordedAt());
    }
}
