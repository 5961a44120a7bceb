package de.stammkunde.messaging.application;

import de.stammkunde.consent.domain.ConsentPolicy;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxSuppressionTest {

    private static MessageRequest request(MessageKind kind, boolean requestedByClient) {
        return new MessageRequest(kind, MessageChannel.EMAIL, 1L, "key", Map.of(), null, null, null,
                requestedByClient);
    }

    @Test
    void withoutAddressNothingGoesOutWhateverTheConsent() {
        assertThat(Outbox.suppression(request(MessageKind.REWARD_UNLOCKED, false), null,
                ConsentPolicy.Reason.ALLOWED)).isEqualTo("no-address");
        assertThat(Outbox.suppression(request(MessageKind.CONSENT_REQUEST, false), " ", null))
                .isEqualTo("no-address");
    }

    @Test
    void aKindWithAPurposeNeedsTheClientsConsentAndStoresWhyNot() {
        MessageRequest reward = request(MessageKind.REWARD_UNLOCKED, false);

        assertThat(Outbox.needsConsent(reward)).isTrue();
        assertThat(Outbox.suppression(reward, "a@example.org", ConsentPolicy.Reason.ALLOWED)).isNull();
        assertThat(Outbox.suppression(reward, "a@example.org", ConsentPolicy.Reason.NOT_GIVEN))
                .isEqualTo("no-consent: not-given");
        assertThat(Outbox.suppression(reward, "a@example.org", ConsentPolicy.Reason.NO_DATA_PROCESSING_CONSENT))
                .isEqualTo("no-consent: no-data-processing-consent");
        assertThat(Outbox.suppression(reward, "a@example.org", null)).isEqualTo("client-deleted");
    }

    @Test
    void messagesThatAskForConsentOrThatTheClientAskedForNeedNone() {
        MessageRequest consentRequest = request(MessageKind.CONSENT_REQUEST, false);
        MessageRequest booked = request(MessageKind.APPOINTMENT_CONFIRMATION, true);

        assertThat(Outbox.needsConsent(consentRequest)).isFalse();
        assertThat(Outbox.needsConsent(booked)).isFalse();
        assertThat(Outbox.suppression(consentRequest, "a@example.org", null)).isNull();
        assertThat(Outbox.suppression(booked, "a@example.org", null)).isNull();
    }
}
