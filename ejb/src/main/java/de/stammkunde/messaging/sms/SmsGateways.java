package de.stammkunde.messaging.sms;

import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.logging.Logger;

/**
 * Chooses the {@link SmsGateway} from the settings: the HTTP gateway when
 * {@code STAMMKUNDE_SMS_GATEWAY_URL} is set, else the development gateway that only records.
 */
@ApplicationScoped
public class SmsGateways {

    private static final Logger LOG = Logger.getLogger(SmsGateways.class.getName());

    @Inject
    Settings settings;

    @Inject
    SmsRecordings recordings;

    @Produces
    @ApplicationScoped
    SmsGateway gateway() {
        String url = settings.get(Setting.SMS_GATEWAY_URL);
        if (url.isBlank()) {
            LOG.info("SMS are recorded in platform.sms_recorded, not sent: STAMMKUNDE_SMS_GATEWAY_URL is not set");
            return new DevSmsGateway(recordings);
        }
        URI gatewayUrl = URI.create(url);
        LOG.info(() -> "SMS are sent through the HTTP gateway at " + gatewayUrl.getHost());
        return new HttpSmsGateway(gatewayUrl, settings.get(Setting.SMS_GATEWAY_TOKEN),
                settings.get(Setting.SMS_SENDER), HttpSmsGateway.DEFAULT_TIMEOUT);
    }
}
