package de.stammkunde.reward.domain;

import de.stammkunde.shared.error.Invalid;

import java.util.ArrayList;
import java.util.List;

/**
 * The editable facts of a reward tier, checked: {@link #of} names every bad field at once. Promo
 * codes and gift vouchers need a value in cents; a custom reward may have none.
 */
public record RewardTierData(String name, RewardType type, Long valueCents, int threshold, String description,
                             boolean email, boolean active) {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_THRESHOLD = 100_000_000;
    public static final long MAX_VALUE_CENTS = 100_000_000L;

    public static RewardTierData of(String name, String type, Long valueCents, Integer threshold, String description,
                                    Boolean email, Boolean active) {
        List<Invalid.Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            violations.add(new Invalid.Violation("name", "required, at most " + MAX_NAME + " characters"));
        }
        RewardType kind = null;
        try {
            kind = type == null ? null : RewardType.valueOf(type);
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            violations.add(new Invalid.Violation("type", "one of PROMO_CODE, GIFT_VOUCHER, CUSTOM"));
        } else if (kind.hasCode() && (valueCents == null || valueCents <= 0 || valueCents > MAX_VALUE_CENTS)) {
            violations.add(new Invalid.Violation("valueCents", "the value in cents, 1 to " + MAX_VALUE_CENTS));
        } else if (!kind.hasCode() && valueCents != null && (valueCents < 0 || valueCents > MAX_VALUE_CENTS)) {
            violations.add(new Invalid.Violation("valueCents", "empty or cents, 0 to " + MAX_VALUE_CENTS));
        }
        if (threshold == null || threshold < 1 || threshold > MAX_THRESHOLD) {
            violations.add(new Invalid.Violation("threshold", "points, 1 to " + MAX_THRESHOLD));
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > MAX_DESCRIPTION) {
            violations.add(new Invalid.Violation("description", "at most " + MAX_DESCRIPTION + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new RewardTierData(name.strip(), kind, valueCents, threshold, text, email == null || email,
                active == null || active);
    }
}
