package de.stammkunde.web.loyalty;

import de.stammkunde.loyalty.application.LeaderboardQuery;
import de.stammkunde.loyalty.application.LeaderboardView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The leaderboard's ranking as rows of a lazy p:dataTable: only the page shown is read. */
final class RankingRows extends LazyDataModel<LeaderboardView.RankedClient> {

    private static final long serialVersionUID = 1L;

    /** Reads one page of the ranking with the filters of the page that shows it. */
    @FunctionalInterface
    interface Source extends Serializable {
        LeaderboardView.Page page(int page, int size);
    }

    private final Source source;

    RankingRows(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.page(0, 1).total();
    }

    @Override
    public List<LeaderboardView.RankedClient> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                   Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, LeaderboardQuery.MAX_SIZE));
        LeaderboardView.Page page = source.page(first / size, size);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(LeaderboardView.RankedClient client) {
        return String.valueOf(client.clientId());
    }

    @Override
    public LeaderboardView.RankedClient getRowData(String rowKey) {
        List<LeaderboardView.RankedClient> shown = getWrappedData();
        return shown == null ? null
                : shown.stream().filter(client -> getRowKey(client).equals(rowKey)).findFirst().orElse(null);
    }
}
