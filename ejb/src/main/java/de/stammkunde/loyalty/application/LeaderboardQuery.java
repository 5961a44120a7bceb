package de.stammkunde.loyalty.application;

import de.stammkunde.shared.error.Invalid;

import java.util.ArrayList;
import java.util.List;

/**
 * The filters and page of the leaderboard, checked: at least {@code minPoints}, with or without
 * referrals, with or without rewards (null: either), a name search, page from 0 and size 1–200.
 */
public record LeaderboardQuery(Long minPoints, Boolean withReferrals, Boolean withRewards, String search, int page,
                               int size) {

    public static final int MAX_SIZE = 200;

    public static LeaderboardQuery of(Long minPoints, String referrals, String rewards, String search, Integer page,
                                      Integer size) {
        List<Invalid.Violation> violations = new ArrayList<>();
        Boolean withReferrals = choice("referrals", referrals, violations);
        Boolean withRewards = choice("rewards", rewards, violations);
        int checkedPage = page == null ? 0 : page;
        int checkedSize = size == null ? 25 : size;
        if (checkedPage < 0) {
            violations.add(new Invalid.Violation("page", "0 or more"));
        }
        if (checkedSize < 1 || checkedSize > MAX_SIZE) {
            violations.add(new Invalid.Violation("size", "1 to " + MAX_SIZE));
        }
        if (minPoints != null && minPoints < 0) {
            violations.add(new Invalid.Violation("minPoints", "0 or more"));
        }
        if (search != null && search.length() > 100) {
            violations.add(new Invalid.Violation("q", "at most 100 characters"));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new LeaderboardQuery(minPoints, withReferrals, withRewards,
                search == null || search.isBlank() ? null : search.strip(), checkedPage, checkedSize);
    }

    private static Boolean choice(String field, String value, List<Invalid.Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "with" -> true;
            case "without" -> false;
            default -> {
                violations.add(new Invalid.Violation(field, "with or without"));
                yield null;
            }
        };
    }

    public LeaderboardQuery next() {
        return new LeaderboardQuery(minPoints, withReferrals, withRewards, search, page + 1, size);
    }
}
