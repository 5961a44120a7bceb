package de.stammkunde.messaging.sms;

import de.stammkunde.shared.config.Settings;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SmsGatewaysTest {

    @Test
    void recordsInsteadOfSendingWhenNoGatewayUrlIsSet() {
        assertThat(gatewayFor(Map.of())).isInstanceOf(DevSmsGateway.class);
        assertThat(gatewayFor(Map.of("STAMMKUNDE_SMS_GATEWAY_URL", "  "))).isInstanceOf(DevSmsGateway.class);
    }

    @Test
    void sendsOverHttpWhenAGatewayUrlIsSet() {
        assertThat(gatewayFor(Map.of("STAMMKUNDE_SMS_GATEWAY_URL", "https://sms.example.org/v1/messages",
                "STAMMKUNDE_SMS_GATEWAY_TOKEN", "token"))).isInstanceOf(HttpSmsGateway.class);
    }

    private static SmsGateway gatewayFor(Map<String, String> environment) {
        SmsGateways gateways = new SmsGateways();
        gateways.settings = Settings.from(environment::get);
        return gateways.gateway();
    }
}
