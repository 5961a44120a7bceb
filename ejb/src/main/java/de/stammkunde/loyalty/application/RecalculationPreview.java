package de.stammkunde.loyalty.application;

import java.util.List;

/**
 * What a recalculation would do under the current rules: the payments and sessions without
 * points yet, the points, the clients, and per client (most points first, at most 200) the points
 * and the rewards that would unlock.
 */
public record RecalculationPreview(Integer months, int payments, int sessions, long points, int clients,
                                   List<ClientPreview> perClient) {

    public record ClientPreview(long clientId, String name, long balance, long points, List<String> rewards) {
    }
}
