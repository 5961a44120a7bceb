package de.stammkunde.messaging.application;

import de.stammkunde.messaging.domain.Backoff;
import de.stammkunde.messaging.sms.SmsCredits;
import de.stammkunde.messaging.sms.SmsGateway;
import de.stammkunde.messaging.sms.SmsMessage;
import de.stammkunde.messaging.sms.SmsNotAccepted;
import de.stammkunde.messaging.sms.SmsSegments;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Delivers one leased SMS: debits the tenant's credits (one per segment, once per message however
 * often it is tried), hands it to the gateway with the message key as reference, and records the
 * outcome. Without credits the SMS is suppressed; refused for good or dead, its credits come back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsDelivery {

    public static final String NO_CREDITS = "no-credits";

    public enum Result { SENT, SUPPRESSED, RETRY, DEAD, FAILED }

    @Inject
    OutboxLeases leases;

    @Inject
    SmsCredits credits;

    @Inject
    SmsGateway gateway;

    public Result deliver(TenantSlug tenant, LeasedMessage message, Backoff backoff, Instant now) {
        int segments = SmsSegments.count(message.text());
        String number = message.recipient() == null ? "" : message.recipient().replaceAll("[\\s()/-]", "");
        if (segments == 0 || !number.matches("^\\+[1-9]\\d{6,14}$")) {
            leases.failed(message.id(), message.attempts(), "not a valid SMS: number " + message.recipient(), true,
                    backoff, now);
            return Result.FAILED;
        }
        if (!credits.debit(tenant, message.idempotencyKey(), segments)) {
            leases.suppressed(message.id(), NO_CREDITS, now);
            return Result.SUPPRESSED;
        }
        try {
            gateway.send(new SmsMessage(tenant, number, message.text(), message.idempotencyKey()));
            leases.sentSms(message.id(), segments, now);
            return Result.SENT;
        } catch (SmsNotAccepted e) {
            String status = leases.failed(message.id(), message.attempts(), e.getMessage(), e.permanent(), backoff, now);
            if (!"QUEUED".equals(status)) {
                credits.refund(tenant, message.idempotencyKey());
            }
            return switch (status) {
                case "QUEUED" -> Result.RETRY;
                case "DEAD" -> Result.DEAD;
                default -> Result.FAILED;
            };
        }
    }
}
