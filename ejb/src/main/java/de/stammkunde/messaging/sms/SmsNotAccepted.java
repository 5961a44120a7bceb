package de.stammkunde.messaging.sms;

/**
 * The gateway did not take an SMS. Permanent when it refused the message itself (a bad number, a
 * rejected text), transient when it failed or could not be reached, so a later attempt may succeed.
 */
public class SmsNotAccepted extends Exception {

    private final boolean permanent;

    public SmsNotAccepted(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
