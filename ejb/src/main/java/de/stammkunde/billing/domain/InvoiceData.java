package de.stammkunde.billing.domain;

import de.stammkunde.shared.error.Invalid;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new invoice consists of, checked: {@link #of} names every bad field at once, line
 * fields as {@code lines[n].field}. The total is the sum of the lines and must be positive.
 */
public record InvoiceData(long clientId, List<LineData> lines) {

    public static final int MAX_LINES = 100;
    public static final int MAX_DESCRIPTION = 200;
    public static final int MAX_QUANTITY = 9_999;
    /** 1,000,000.00 €: far above any studio's invoice, far below overflow. */
    public static final long MAX_TOTAL_CENTS = 100_000_000L;

    public InvoiceData {
        lines = List.copyOf(lines);
    }

    /** One line as given, unchecked. */
    public record Line(String description, Integer quantity, Long unitPriceCents, Long appointmentId) {
    }

    public static InvoiceData of(Long clientId, List<Line> lines) {
        List<Invalid.Violation> violations = new ArrayList<>();
        if (clientId == null || clientId <= 0) {
            violations.add(new Invalid.Violation("clientId", "required"));
        }
        List<LineData> checked = new ArrayList<>();
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            violations.add(new Invalid.Violation("lines", "1 to " + MAX_LINES + " line items"));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                LineData line = line(lines.get(i), "lines[" + i + "].", violations);
                if (line != null) {
                    checked.add(line);
                }
            }
        }
        if (violations.isEmpty()) {
            long total = checked.stream().mapToLong(LineData::amountCents).sum();
            if (total <= 0 || total > MAX_TOTAL_CENTS) {
                violations.add(new Invalid.Violation("lines", "the total must be more than 0 and at most "
                        + MAX_TOTAL_CENTS + " cents"));
            }
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new InvoiceData(clientId, checked);
    }

    private static LineData line(Line line, String prefix, List<Invalid.Violation> violations) {
        if (line == null) {
            violations.add(new Invalid.Violation(prefix + "description", "required"));
            return null;
        }
        int before = violations.size();
        String description = line.description() == null ? "" : line.description().strip();
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            violations.add(new Invalid.Violation(prefix + "description", "required, at most " + MAX_DESCRIPTION
                    + " characters"));
        }
        int quantity = line.quantity() == null ? 1 : line.quantity();
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            violations.add(new Invalid.Violation(prefix + "quantity", "1 to " + MAX_QUANTITY));
        }
        Long price = line.unitPriceCents();
        if (price == null || price < 0 || price > MAX_TOTAL_CENTS) {
            violations.add(new Invalid.Violation(prefix + "unitPriceCents", "required, 0 to " + MAX_TOTAL_CENTS
                    + " cents"));
        }
        if (line.appointmentId() != null && line.appointmentId() <= 0) {
            violations.add(new Invalid.Violation(prefix + "appointmentId", "a positive id"));
        }
        return violations.size() > before ? null
                : new LineData(description, quantity, price, line.appointmentId());
    }

    public long totalCents() {
        return lines.stream().mapToLong(LineData::amountCents).sum();
    }
}
