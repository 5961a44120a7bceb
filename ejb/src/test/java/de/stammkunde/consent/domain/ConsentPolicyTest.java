package de.stammkunde.consent.domain;

import de.stammkunde.consent.domain.ConsentPolicy.Answer;
import de.stammkunde.consent.domain.ConsentPolicy.ClientFacts;
import de.stammkunde.consent.domain.ConsentPolicy.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contact rule as a table: each row a situation and the decision it must give. */
class ConsentPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate ADULT = LocalDate.of(1990, 4, 27);
    private static final LocalDate MINOR = LocalDate.of(2012, 1, 1);

    @ParameterizedTest(name = "{0}/{1}, processing {2}, answer {3}, guardian {4}, minor {5}, restricted {6} -> {7}")
    @CsvSource({
            // purpose, channel, data processing, answer, guardian, minor, restricted, expected
            "DATA_PROCESSING,          ANY,          GIVEN,       GIVEN,       false, false, false, ALLOWED",
            "DATA_PROCESSING,          ANY,          UNKNOWN,     UNKNOWN,     false, false, false, NOT_GIVEN",
            "DATA_PROCESSING,          ANY,          WITHDRAWN,   WITHDRAWN,   false, false, false, WITHDRAWN",
            "DATA_PROCESSING,          ANY,          GIVEN,       GIVEN,       false, false, true,  PROCESSING_RESTRICTED",
            "DATA_PROCESSING,          EMAIL,        GIVEN,       GIVEN,       false, false, false, UNKNOWN_CHANNEL",
            "APPOINTMENT_UPDATES,      SMS,          GIVEN,       GIVEN,       false, false, false, ALLOWED",
            "APPOINTMENT_UPDATES,      SMS,          REFUSED,     GIVEN,       false, false, false, NO_DATA_PROCESSING_CONSENT",
            "APPOINTMENT_UPDATES,      EMAIL,        GIVEN,       REFUSED,     false, false, false, NOT_GIVEN",
            "MARKETING,                EMAIL,        GIVEN,       UNCONFIRMED, false, false, false, UNCONFIRMED",
            "MARKETING,                EMAIL,        GIVEN,       GIVEN,       false, false, false, ALLOWED",
            "MARKETING,                SMS,          GIVEN,       WITHDRAWN,   false, false, false, WITHDRAWN",
            "MARKETING,                PORTFOLIO,    GIVEN,       GIVEN,       false, false, false, UNKNOWN_CHANNEL",
            "PERSONALISED_SUGGESTIONS, ANY,          GIVEN,       GIVEN,       false, false, true,  PROCESSING_RESTRICTED",
            "IMAGE_PUBLICATION,        WEBSITE,      UNKNOWN,     GIVEN,       false, false, false, ALLOWED",
            "IMAGE_PUBLICATION,        WEBSITE,      UNKNOWN,     GIVEN,       false, true,  false, MINOR_WITHOUT_GUARDIAN",
            "IMAGE_PUBLICATION,        SOCIAL_MEDIA, UNKNOWN,     GIVEN,       true,  true,  false, ALLOWED",
            "IMAGE_PUBLICATION,        PORTFOLIO,    GIVEN,       WITHDRAWN,   true,  true,  false, WITHDRAWN"
    })
    void decides(ConsentPurpose purpose, ConsentChannel channel, ConsentState processing, ConsentState answer,
                 boolean guardian, boolean minor, boolean restricted, Reason expected) {
        Map<ConsentPurpose, Map<ConsentChannel, Answer>> answers = new EnumMap<>(ConsentPurpose.class);
        answers.computeIfAbsent(ConsentPurpose.DATA_PROCESSING, p -> new EnumMap<>(ConsentChannel.class))
                .put(ConsentChannel.ANY, new Answer(processing, false));
        if (purpose != ConsentPurpose.DATA_PROCESSING) {
            answers.computeIfAbsent(purpose, p -> new EnumMap<>(ConsentChannel.class))
                    .put(channel, new Answer(answer, guardian));
        }
        ClientFacts client = new ClientFacts(minor ? MINOR : ADULT, restricted, true, true);

        assertThat(ConsentPolicy.mayContact(client, purpose, channel, answers, TODAY)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"EMAIL, false, true, NO_ADDRESS", "SMS, true, false, NO_ADDRESS", "SMS, false, true, ALLOWED"})
    void aChannelWithoutAddressIsNeverUsed(ConsentChannel channel, boolean hasEmail, boolean hasPhone, Reason expected) {
        Map<ConsentPurpose, Map<ConsentChannel, Answer>> answers = Map.of(
                ConsentPurpose.DATA_PROCESSING, Map.of(ConsentChannel.ANY, new Answer(ConsentState.GIVEN, false)),
                ConsentPurpose.APPOINTMENT_UPDATES, Map.of(channel, new Answer(ConsentState.GIVEN, false)));

        assertThat(ConsentPolicy.mayContact(new ClientFacts(ADULT, false, hasEmail, hasPhone),
                ConsentPurpose.APPOINTMENT_UPDATES, channel, answers, TODAY)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2008-11-23, false", "2008-11-24, true", "2026-01-01, true"})
    void eighteenthBirthdayEndsMinority(LocalDate birthday, boolean minor) {
        assertThat(ConsentPolicy.isMinor(birthday, TODAY)).isEqualTo(minor);
    }
}
