package de.stammkunde.billing.domain;

import de.stammkunde.shared.error.Invalid;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceDataTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    @Test
    void derivesTheTotalFromTheLines() {
        InvoiceData data = InvoiceData.of(7L, List.of(
                new InvoiceData.Line(" Porträt ", 1, 15_000L, 42L),
                new InvoiceData.Line("Abzug 13x18", 3, 1_250L, null)));

        assertThat(data.totalCents()).isEqualTo(18_750);
        assertThat(data.lines().get(0).description()).isEqualTo("Porträt");
        assertThat(data.lines().get(0).appointmentId()).isEqualTo(42L);
    }

    @Test
    void namesEveryBadFieldOfEveryLine() {
        assertThatThrownBy(() -> InvoiceData.of(null, List.of(
                new InvoiceData.Line("", 0, -1L, -5L),
                new InvoiceData.Line("ok", 1, null, null))))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.violations())
                        .extracting(Invalid.Violation::field)
                        .containsExactly("clientId", "lines[0].description", "lines[0].quantity",
                                "lines[0].unitPriceCents", "lines[0].appointmentId", "lines[1].unitPriceCents"));
    }

    @Test
    void needsAtLeastOneLineAndAPositiveTotal() {
        assertThatThrownBy(() -> InvoiceData.of(1L, List.of()))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("lines"));
        assertThatThrownBy(() -> InvoiceData.of(1L, List.of(new InvoiceData.Line("Gratis", 1, 0L, null))))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("lines"));
        assertThatThrownBy(() -> InvoiceData.of(1L, List.of(new InvoiceData.Line("Zu teuer", 9_999, 99_999_999L, null))))
                .isInstanceOf(Invalid.class);
    }

    @Test
    void checksPaymentsAndTakesThemAsMadeNowWithoutATime() {
        PaymentData data = PaymentData.of(5_000L, "card", null, null, NOW);
        assertThat(data.method()).isEqualTo(PaymentMethod.CARD);
        assertThat(data.kind()).isEqualTo(PaymentKind.OTHER);
        assertThat(data.paidAt()).isEqualTo(NOW);

        assertThatThrownBy(() -> PaymentData.of(0L, "bitcoin", "tip", NOW.plusSeconds(3_600), NOW))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.violations())
                        .extracting(Invalid.Violation::field)
                        .containsExactly("amountCents", "method", "kind", "paidAt"));
    }
}
