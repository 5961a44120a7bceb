package de.stammkunde.appointment.domain;

import de.stammkunde.shared.error.Invalid;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTypeDataTest {

    @Test
    void namesEveryBadField() {
        assertThatThrownBy(() -> SessionTypeData.of(" ", 0, -1L, true))
                .isInstanceOf(Invalid.class)
                .extracting(e -> ((Invalid) e).violations().stream().map(Invalid.Violation::field).toList())
                .asList().containsExactly("name", "durationMinutes", "defaultPriceCents");
    }

    @Test
    void trimsTheNameAndIsActiveUnlessSaidOtherwise() {
        SessionTypeData data = SessionTypeData.of("  Porträt ", 60, 12_000L, null);

        assertThat(data).isEqualTo(new SessionTypeData("Porträt", 60, 12_000L, true));
        assertThat(SessionTypeData.of("Hochzeit", 480, 0L, false).active()).isFalse();
    }

    @Test
    void aSessionLastsAtMostADay() {
        assertThatThrownBy(() -> SessionTypeData.of("Marathon", 24 * 60 + 1, 0L, true)).isInstanceOf(Invalid.class);
        assertThat(SessionTypeData.of("Tag", 24 * 60, 0L, true).durationMinutes()).isEqualTo(1440);
    }
}
