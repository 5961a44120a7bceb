package de.stammkunde.messaging.sms;

import de.stammkunde.shared.error.Conflict;

/** The business has fewer SMS credits left than the message needs; nothing was sent or debited. */
public class SmsCreditsExhausted extends Conflict {

    public SmsCreditsExhausted(String tenant, int needed) {
        super("sms-credits-exhausted", tenant + " has fewer than " + needed + " SMS credits left");
    }
}
