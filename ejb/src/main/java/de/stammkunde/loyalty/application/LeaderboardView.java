package de.stammkunde.loyalty.application;

import java.util.List;

/**
 * The leaderboard: statistics, the top 3, a page of the (filtered) ranking, the most popular
 * rewards, the clients close to their next reward, and points per month by source and reward
 * grants per month for the last twelve months.
 */
public record LeaderboardView(Statistics statistics, List<RankedClient> top, Page ranking,
                              List<PopularReward> popularRewards, List<CloseToReward> closeToNext,
                              List<MonthSource> pointsPerMonth, List<MonthCount> grantsPerMonth) {

    /** Active members have at least one point; points distributed are every positive entry. */
    public record Statistics(long clients, long activeMembers, long pointsDistributed, long referrals,
                             long rewardsGranted, long rewardsRedeemed) {
    }

    public record RankedClient(long rank, long clientId, String name, long points, long referrals, long rewards) {
    }

    public record Page(List<RankedClient> items, int page, int size, long total) {
    }

    public record PopularReward(String rewardName, long granted, long redeemed) {
    }

    /** "20 Punkte bis Promocode 50 €". */
    public record CloseToReward(long clientId, String name, long points, String rewardName, long missing) {
    }

    public record MonthSource(String month, String source, long points) {
    }

    public record MonthCount(String month, long count) {
    }
}
