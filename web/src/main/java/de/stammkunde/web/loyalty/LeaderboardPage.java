package de.stammkunde.web.loyalty;

import de.stammkunde.loyalty.application.Leaderboard;
import de.stammkunde.loyalty.application.LeaderboardQuery;
import de.stammkunde.loyalty.application.LeaderboardView;
import de.stammkunde.loyalty.application.LoyaltyCsv;
import de.stammkunde.loyalty.domain.LedgerSource;
import de.stammkunde.web.console.ConsoleSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The leaderboard in the console: statistics, the top 3, the ranking filtered and paged on the
 * server, popular rewards, who is close to the next reward, the monthly charts with their numbers
 * as tables, and the filtered ranking as CSV. Every member of the business may see it, as in the API.
 */
@Named
@ViewScoped
public class LeaderboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "ranking-form:ranking";
    private static final int MONTHS = 12;
    private static final Map<LedgerSource, String> COLORS = Map.of(LedgerSource.PAYMENT, "#3b82f6",
            LedgerSource.SESSION, "#10b981", LedgerSource.REFERRAL, "#f59e0b", LedgerSource.WELCOME, "#ec4899",
            LedgerSource.MANUAL, "#8b5cf6", LedgerSource.RECALCULATION, "#06b6d4", LedgerSource.REVERSAL, "#ef4444");

    @Inject
    Leaderboard leaderboard;

    @Inject
    ConsoleSession console;

    @Inject
    Clock clock;

    private Long minPoints;
    private String referrals;
    private String rewards;
    private String search;
    private LeaderboardView overview;
    private final RankingRows ranking = new RankingRows((page, size) -> leaderboard.ranking(query(page, size)));

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            overview = leaderboard.view(query(0, 1));
        }
    }

    /** Shows the first page of the ranking with the filters just entered. */
    public void filter() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    private LeaderboardQuery query(int page, int size) {
        return LeaderboardQuery.of(minPoints, referrals, rewards, search, page, size);
    }

    public boolean isFiltered() {
        return minPoints != null || (referrals != null && !referrals.isEmpty())
                || (rewards != null && !rewards.isEmpty()) || (search != null && !search.isBlank());
    }

    public boolean isAnyPoints() {
        return overview.statistics().pointsDistributed() > 0;
    }

    /** "von 5 Kunden (80 %)". */
    public String getActiveShare() {
        LeaderboardView.Statistics statistics = overview.statistics();
        double share = statistics.clients() == 0 ? 0 : (double) statistics.activeMembers() / statistics.clients();
        return LoyaltyTexts.text("leaderboard.activeShare", statistics.clients(), share);
    }

    /** "noch 10 Punkte bis Promocode 10 €". */
    public String closeText(LeaderboardView.CloseToReward close) {
        return LoyaltyTexts.text("loyalty.next", close.missing(), close.rewardName());
    }

    /** "1 Punkt", "1.250 Punkte". */
    public String points(long value) {
        return LoyaltyTexts.text("leaderboard.points", value);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** The filtered ranking, every page, written while the browser downloads it. */
    public StreamedContent getExport() {
        LeaderboardQuery filters = query(0, LeaderboardQuery.MAX_SIZE);
        return DefaultStreamedContent.builder()
                .name("leaderboard.csv")
                .contentType(LoyaltyCsv.MEDIA_TYPE + "; charset=UTF-8")
                .writer(output -> {
                    try {
                        LoyaltyCsv.ranking(new OutputStreamWriter(output, StandardCharsets.UTF_8), filters,
                                leaderboard::ranking);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** The sources that awarded or took points in the last twelve months, in the ledger's order. */
    public List<String> getSources() {
        return Arrays.stream(LedgerSource.values()).map(Enum::name)
                .filter(source -> overview.pointsPerMonth().stream().anyMatch(row -> row.source().equals(source)))
                .toList();
    }

    /** The chart's numbers as a table: the months with points, each source's points and their sum. */
    public List<PointsMonth> getPointsTable() {
        List<String> sources = getSources();
        return months().stream().map(YearMonth::toString)
                .filter(month -> overview.pointsPerMonth().stream().anyMatch(row -> row.month().equals(month)))
                .map(month -> {
                    List<Long> points = sources.stream().map(source -> points(month, source)).toList();
                    return new PointsMonth(month, label(month), points,
                            points.stream().mapToLong(Long::longValue).sum());
                }).toList();
    }

    /** The months with rewards granted, as a table. */
    public List<GrantsMonth> getGrantsTable() {
        return overview.grantsPerMonth().stream()
                .map(row -> new GrantsMonth(row.month(), label(row.month()), row.count())).toList();
    }

    /** Points per month by source, stacked (Chart.js JSON for p:chart). */
    public String getPointsChart() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (String source : getSources()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            months().forEach(month -> data.add(points(month.toString(), source)));
            datasets.add(Json.createObjectBuilder()
                    .add("label", LoyaltyTexts.text("loyaltySource." + source))
                    .add("data", data)
                    .add("backgroundColor", COLORS.get(LedgerSource.valueOf(source))));
        }
        return chart(datasets, true);
    }

    /** Reward grants per month (Chart.js JSON for p:chart). */
    public String getGrantsChart() {
        Map<String, Long> counts = overview.grantsPerMonth().stream()
                .collect(Collectors.toMap(LeaderboardView.MonthCount::month, LeaderboardView.MonthCount::count));
        JsonArrayBuilder data = Json.createArrayBuilder();
        months().forEach(month -> data.add(counts.getOrDefault(month.toString(), 0L)));
        return chart(Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", LoyaltyTexts.text("leaderboard.grantsPerMonth"))
                .add("data", data)
                .add("backgroundColor", "#f59e0b")), false);
    }

    private String chart(JsonArrayBuilder datasets, boolean stacked) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months().forEach(month -> labels.add(label(month.toString())));
        JsonObjectBuilder y = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("locale", locale().toLanguageTag())
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", stacked))
                                .add("y", y)))
                .build().toString();
    }

    private long points(String month, String source) {
        return overview.pointsPerMonth().stream().filter(row -> row.month().equals(month)
                && row.source().equals(source)).mapToLong(LeaderboardView.MonthSource::points).sum();
    }

    /** The last twelve months up to this one, in the business's time zone. */
    private List<YearMonth> months() {
        YearMonth now = YearMonth.now(clock.withZone(console.getTimeZone()));
        return IntStream.range(0, MONTHS).mapToObj(back -> now.minusMonths(MONTHS - 1 - back)).toList();
    }

    private String label(String month) {
        return YearMonth.parse(month).format(DateTimeFormatter.ofPattern("MMM yyyy", locale()));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public LeaderboardView getOverview() { return overview; }
    public RankingRows getRanking() { return ranking; }
    public Long getMinPoints() { return minPoints; }
    public void setMinPoints(Long minPoints) { this.minPoints = minPoints; }
    public String getReferrals() { return referrals; }
    public void setReferrals(String referrals) { this.referrals = referrals; }
    public String getRewards() { return rewards; }
    public void setRewards(String rewards) { this.rewards = rewards; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }

    /** One month's row of the points table: the points of each shown source and their sum. */
    public record PointsMonth(String month, String label, List<Long> points, long total) {
    }

    /** One month's row of the grants table. */
    public record GrantsMonth(String month, String label, long count) {
    }
}
