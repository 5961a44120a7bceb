package de.stammkunde.messaging.sms;

/**
 * Hands an SMS to whoever delivers it. Implementations pass the message's reference on, so that
 * sending the same message again (after a crash, say) does not deliver it twice.
 */
public interface SmsGateway {

    /**
     * @throws SmsNotAccepted when the gateway refused the message ({@link SmsNotAccepted#permanent()}:
     *                        sending it again will not help) or could not be reached (try again later)
     */
    SmsReceipt send(SmsMessage message) throws SmsNotAccepted;
}
