package de.stammkunde.loyalty.application;

import de.stammkunde.reward.application.GrantView;
import de.stammkunde.reward.application.NextReward;

import java.util.List;

/**
 * A client's loyalty box: the balance, the sums per source, the rewards received and the next
 * one within reach, and whether the program awards points at the moment.
 */
public record LoyaltyAccount(long clientId, long balance, boolean programEnabled, List<SourceTotal> totals,
                             List<GrantView> rewards, NextReward next) {

    public record SourceTotal(String source, long points) {
    }
}
