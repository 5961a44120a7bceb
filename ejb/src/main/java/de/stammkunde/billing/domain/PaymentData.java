package de.stammkunde.billing.domain;

import de.stammkunde.shared.error.Invalid;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A payment as recorded, checked: {@link #of} names every bad field at once. Without a time the
 * payment is taken as made now; a time in the future is refused (a little clock skew aside).
 */
public record PaymentData(long amountCents, PaymentMethod method, PaymentKind kind, Instant paidAt) {

    private static final Duration SKEW = Duration.ofMinutes(5);

    public static PaymentData of(Long amountCents, String method, String kind, Instant paidAt, Instant now) {
        List<Invalid.Violation> violations = new ArrayList<>();
        if (amountCents == null || amountCents <= 0 || amountCents > InvoiceData.MAX_TOTAL_CENTS) {
            violations.add(new Invalid.Violation("amountCents", "required, 1 to " + InvoiceData.MAX_TOTAL_CENTS
                    + " cents"));
        }
        PaymentMethod checkedMethod = null;
        if (method == null || method.isBlank()) {
            violations.add(new Invalid.Violation("method", "required, one of " + Arrays.toString(PaymentMethod.values())));
        } else {
            checkedMethod = value(PaymentMethod.class, method, "method", violations);
        }
        PaymentKind checkedKind = kind == null || kind.isBlank() ? PaymentKind.OTHER
                : value(PaymentKind.class, kind, "kind", violations);
        if (paidAt != null && paidAt.isAfter(now.plus(SKEW))) {
            violations.add(new Invalid.Violation("paidAt", "must not lie in the future"));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new PaymentData(amountCents, checkedMethod, checkedKind, paidAt == null ? now : paidAt);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value, String field,
                                               List<Invalid.Violation> violations) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Invalid.Violation(field, "one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
