package de.stammkunde.messaging.sms;

import java.util.logging.Logger;

/**
 * The gateway of development and tests: sends nothing, records each SMS once per reference in the
 * platform table {@code sms_recorded}, where the business and the tests can read it back.
 */
public class DevSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(DevSmsGateway.class.getName());

    private final SmsRecordings recordings;

    public DevSmsGateway(SmsRecordings recordings) {
        this.recordings = recordings;
    }

    @Override
    public SmsReceipt send(SmsMessage message) {
        long id = recordings.record(message);
        LOG.fine(() -> "Recorded SMS " + message.tenant() + ":" + message.reference() + " as #" + id);
        return new SmsReceipt("dev-" + id);
    }
}
