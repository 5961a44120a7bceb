package de.stammkunde.loyalty.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The program's arithmetic: a payment earns {@code floor(total in euro × points per euro)}. */
public final class PointsRule {

    private static final BigDecimal CENTS_PER_EURO = BigDecimal.valueOf(100);

    private PointsRule() {
    }

    /** Points for an invoice of {@code totalCents} fully paid; never negative, 0 when nothing is earned. */
    public static int forPayment(long totalCents, BigDecimal pointsPerEuro) {
        if (totalCents <= 0 || pointsPerEuro.signum() <= 0) {
            return 0;
        }
        BigDecimal points = BigDecimal.valueOf(totalCents).multiply(pointsPerEuro)
                .divide(CENTS_PER_EURO, 0, RoundingMode.FLOOR);
        return points.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValueExact();
    }
}
