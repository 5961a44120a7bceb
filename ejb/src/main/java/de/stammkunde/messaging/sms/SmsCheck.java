package de.stammkunde.messaging.sms;

import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.Unavailable;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Lets a business see its SMS arrive: one test SMS to a number of its choosing, paid from its SMS
 * credits like every SMS and sent through the configured gateway. A test SMS is never retried, so
 * when the gateway does not take it the credits are given back at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsCheck {

    static final String TEXT = "Test-SMS von Stammkunde: So kommen Ihre SMS bei Ihren Kund:innen an."
            + " / Test SMS from Stammkunde.";
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");
    private static final Logger LOG = Logger.getLogger(SmsCheck.class.getName());

    @Inject
    SmsGateway gateway;

    @Inject
    SmsCredits credits;

    public SmsCheckView send(TenantSlug tenant, String to) {
        String number = number(to);
        String reference = "check-" + UUID.randomUUID();
        int segments = SmsSegments.count(TEXT);
        if (!credits.debit(tenant, reference, segments)) {
            throw new SmsCreditsExhausted(tenant.value(), segments);
        }
        try {
            SmsReceipt receipt = gateway.send(new SmsMessage(tenant, number, TEXT, reference));
            LOG.info(() -> "Test SMS " + tenant + ":" + reference + " accepted by the gateway");
            return new SmsCheckView(number, TEXT, segments, reference, receipt.providerId(), credits.balance(tenant));
        } catch (SmsNotAccepted e) {
            credits.refund(tenant, reference);
            if (e.permanent()) {
                LOG.info(() -> "Test SMS " + tenant + ":" + reference + " refused: " + e.getMessage());
                throw Invalid.field("to", "the SMS gateway refused this message");
            }
            throw new Unavailable("sms-gateway-unavailable", e.getMessage());
        }
    }

    private static String number(String to) {
        String normalised = to == null ? "" : to.replaceAll("[\\s()/-]", "");
        if (!E164.matcher(normalised).matches()) {
            throw Invalid.field("to", "international format, e.g. +4915112345678");
        }
        return normalised;
    }
}
