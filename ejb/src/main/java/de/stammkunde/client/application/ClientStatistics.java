package de.stammkunde.client.application;

import java.util.List;

/** Figures of a business's clients: how many, how many new this month, new ones per month. */
public record ClientStatistics(long total, long newThisMonth, List<MonthCount> newPerMonth) {

    public ClientStatistics {
        newPerMonth = List.copyOf(newPerMonth);
    }

    /** Clients created in one month ({@code 2026-11}). */
    public record MonthCount(String month, long count) {
    }
}
