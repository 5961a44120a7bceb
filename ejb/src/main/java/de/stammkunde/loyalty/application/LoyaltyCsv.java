package de.stammkunde.loyalty.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Function;
import java.util.function.IntFunction;

/** The leaderboard's ranking and a client's ledger as CSV (RFC 4180, UTF-8), written page by page. */
public final class LoyaltyCsv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final int PAGE = 200;

    private LoyaltyCsv() {
    }

    public static void ranking(Writer out, LeaderboardQuery filters,
                               Function<LeaderboardQuery, LeaderboardView.Page> pages) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord("rank", "clientId", "name", "points", "referrals", "rewards");
        LeaderboardQuery query = new LeaderboardQuery(filters.minPoints(), filters.withReferrals(),
                filters.withRewards(), filters.search(), 0, PAGE);
        LeaderboardView.Page page = pages.apply(query);
        while (!page.items().isEmpty()) {
            for (LeaderboardView.RankedClient client : page.items()) {
                printer.printRecord(client.rank(), client.clientId(), client.name(), client.points(),
                        client.referrals(), client.rewards());
            }
            printer.flush();
            query = query.next();
            page = pages.apply(query);
        }
        printer.flush();
    }

    public static void ledger(Writer out, IntFunction<LedgerPage> pages) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord("id", "createdAt", "points", "source", "kind", "linkedType", "linkedId", "reverses",
                "description", "actor");
        int number = 0;
        LedgerPage page = pages.apply(number);
        while (!page.items().isEmpty()) {
            for (LedgerEntryView entry : page.items()) {
                printer.printRecord(entry.id(), entry.createdAt(), entry.points(), entry.source(), entry.kind(),
                        entry.linkedType(), entry.linkedId(), entry.reverses(), entry.description(), entry.actorName());
            }
            printer.flush();
            page = pages.apply(++number);
        }
        printer.flush();
    }
}
