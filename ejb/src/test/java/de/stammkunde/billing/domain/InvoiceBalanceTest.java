package de.stammkunde.billing.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceBalanceTest {

    @Test
    void goesFromOpenToPartiallyPaidToPaidAsPaymentsReachTheTotal() {
        InvoiceBalance open = InvoiceBalance.of(20_000);
        assertThat(open.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(open.openCents()).isEqualTo(20_000);

        InvoiceBalance deposit = open.pay(5_000);
        assertThat(deposit.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(deposit.openCents()).isEqualTo(15_000);

        InvoiceBalance paid = deposit.pay(15_000);
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.openCents()).isZero();
    }

    @Test
    void refusesAnOverpaymentNamingWhatIsStillOpen() {
        InvoiceBalance deposit = InvoiceBalance.of(20_000).pay(5_000);

        assertThatThrownBy(() -> deposit.pay(15_001))
                .isInstanceOfSatisfying(Overpayment.class, e -> {
                    assertThat(e.openCents()).isEqualTo(15_000);
                    assertThat(e.code()).isEqualTo("invoice-overpaid");
                });
        assertThatThrownBy(() -> deposit.pay(15_000).pay(1)).isInstanceOf(Overpayment.class);
    }

    @Test
    void cancelsOnlyAnInvoiceNothingIsPaidOn() {
        assertThat(InvoiceBalance.of(9_900).cancel().status()).isEqualTo(InvoiceStatus.CANCELLED);

        assertThatThrownBy(() -> InvoiceBalance.of(9_900).pay(100).cancel())
                .isInstanceOfSatisfying(InvoiceConflict.class,
                        e -> assertThat(e.code()).isEqualTo("invoice-not-cancellable"));
        assertThatThrownBy(() -> InvoiceBalance.of(9_900).pay(9_900).cancel()).isInstanceOf(InvoiceConflict.class);
    }

    @Test
    void refundsEverythingPaidAndClosesTheInvoice() {
        InvoiceBalance refunded = InvoiceBalance.of(9_900).pay(9_900).refund();

        assertThat(refunded.status()).isEqualTo(InvoiceStatus.REFUNDED);
        assertThat(refunded.refundedCents()).isEqualTo(9_900);
        assertThat(refunded.openCents()).isZero();
        assertThat(InvoiceBalance.of(9_900).pay(2_000).refundableCents()).isEqualTo(2_000);
        assertThat(InvoiceBalance.of(9_900).pay(2_000).refund().status()).isEqualTo(InvoiceStatus.REFUNDED);
    }

    @Test
    void refusesARefundWithNothingPaidAndEveryChangeOnAClosedInvoice() {
        assertThatThrownBy(() -> InvoiceBalance.of(9_900).refund())
                .isInstanceOfSatisfying(InvoiceConflict.class,
                        e -> assertThat(e.code()).isEqualTo("invoice-not-refundable"));
        InvoiceBalance refunded = InvoiceBalance.of(9_900).pay(9_900).refund();
        InvoiceBalance cancelled = InvoiceBalance.of(9_900).cancel();

        for (InvoiceBalance closed : new InvoiceBalance[] {refunded, cancelled}) {
            assertThatThrownBy(() -> closed.pay(1)).isInstanceOfSatisfying(InvoiceConflict.class,
                    e -> assertThat(e.code()).isEqualTo("invoice-closed"));
            assertThatThrownBy(closed::refund).isInstanceOf(InvoiceConflict.class);
            assertThatThrownBy(closed::cancel).isInstanceOf(InvoiceConflict.class);
        }
    }

    @Test
    void rejectsInconsistentFacts() {
        assertThatThrownBy(() -> new InvoiceBalance(0, 0, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvoiceBalance(100, 101, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvoiceBalance(100, 50, 60, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InvoiceBalance.of(100).pay(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
