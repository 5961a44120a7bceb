package de.stammkunde.consent.domain;

import de.stammkunde.shared.error.Invalid;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentAnswerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void emailMarketingWaitsForTheDoubleOptIn() {
        ConsentAnswer answer = ConsentAnswer.of(ConsentPurpose.MARKETING, "email", "given", "in_person", 1, "de",
                null, null, null, null, null, TODAY);

        assertThat(answer.state()).isEqualTo(ConsentState.UNCONFIRMED);
        assertThat(answer.channel()).isEqualTo(ConsentChannel.EMAIL);
    }

    @Test
    void aPurposeWithOneChannelNeedsNoChannel() {
        ConsentAnswer answer = ConsentAnswer.of(ConsentPurpose.DATA_PROCESSING, null, "GIVEN", "IN_PERSON", 1, null,
                null, null, null, null, null, TODAY);

        assertThat(answer.channel()).isEqualTo(ConsentChannel.ANY);
        assertThat(answer.state()).isEqualTo(ConsentState.GIVEN);
        assertThat(answer.language()).isEqualTo("de");
    }

    @Test
    void namesEveryBadField() {
        assertThatThrownBy(() -> ConsentAnswer.of(ConsentPurpose.IMAGE_PUBLICATION, "sms", "maybe", "carrier-pigeon",
                null, "fr", null, null, null, null, null, TODAY))
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(Invalid.Violation::field)
                        .containsExactlyInAnyOrder("channel", "state", "source", "language"));
    }

    @Test
    void givenAnswersNeedTheTextVersionAndOnlineAnswersTheAddress() {
        assertThatThrownBy(() -> ConsentAnswer.of(ConsentPurpose.DATA_PROCESSING, null, "GIVEN", "EMAIL_FORM", null,
                "de", " ", null, null, null, null, TODAY))
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(Invalid.Violation::field).containsExactlyInAnyOrder("textVersion", "ip"));
    }

    @Test
    void aMinorsImagePublicationNeedsTheGuardian() {
        LocalDate child = LocalDate.of(2015, 6, 1);
        assertThatThrownBy(() -> ConsentAnswer.of(ConsentPurpose.IMAGE_PUBLICATION, "website", "GIVEN", "IN_PERSON",
                1, "de", null, null, null, null, child, TODAY))
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(Invalid.Violation::field).containsExactly("guardianName"));

        ConsentAnswer answer = ConsentAnswer.of(ConsentPurpose.IMAGE_PUBLICATION, "website", "GIVEN", "IN_PERSON", 1,
                "de", null, null, " Petra Klein ", "Mutter", child, TODAY);
        assertThat(answer.guardianName()).isEqualTo("Petra Klein");
        assertThat(answer.guardianRelation()).isEqualTo("Mutter");
    }
}
