package de.stammkunde.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client list of one tenant with many clients, measured over HTTP on the running platform:
 * the business console's clients page (signed in through Keycloak like a browser) and the client
 * API (bearer token), each request checked for a full first page so that an error page cannot
 * pass. Prints median and p95 as the client saw them (loopback, an upper bound of the server's
 * time) and as the server's access log has them, and the ratio median / target.
 *
 * <p>Arguments: tenant, number of clients in it, access log file. Environment: STAMMKUNDE_PUBLIC_URL,
 * KEYCLOAK_URL, KEYCLOAK_REALM, as {@code bin/platform env bench} prints them.
 */
public final class ClientsBenchmark {

    static final double TARGET_MS = 300;
    static final int PAGE_SIZE = 25;
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 5);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);
    private static final String USER = "owner";
    private static final OperatingSystemMXBean LOAD = ManagementFactory.getOperatingSystemMXBean();

    private static final Pattern TABLE_BODY =
            Pattern.compile("<tbody id=\"clients-form:clients_data\"[^>]*>(.*?)</tbody>", Pattern.DOTALL);
    private static final Pattern TABLE_ROW = Pattern.compile("<tr [^>]*data-ri=\"\\d+\"");
    private static final Pattern JSON_ID = Pattern.compile("\"id\":\\d+");
    private static final Pattern JSON_TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    private final String app = env("STAMMKUNDE_PUBLIC_URL");
    private final String keycloak = env("KEYCLOAK_URL");
    private final String realm = env("KEYCLOAK_REALM");
    private final String tenant;
    private final long clients;
    private final AccessLog accessLog;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token;
    private long tokenFetchedAt;

    private ClientsBenchmark(String tenant, long clients, AccessLog accessLog) {
        this.tenant = tenant;
        this.clients = clients;
        this.accessLog = accessLog;
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("arguments: tenant clients access-log-file");
        }
        new ClientsBenchmark(args[0], Long.parseLong(args[1]), new AccessLog(Path.of(args[2]))).run();
    }

    private void run() {
        String page = app + "/app/" + tenant + "/clients";
        Browser browser = new Browser(keycloak);
        checkPage(browser.signIn(page, USER, USER));

        String api = app + "/api/v1/tenants/" + tenant + "/clients?size=" + PAGE_SIZE;
        String search = "Müller";
        long lastPage = (clients - 1) / PAGE_SIZE;
        double loadBefore = LOAD.getSystemLoadAverage();
        List<Figures> figures = new ArrayList<>();
        figures.add(measure("clients page", "page", label -> browser.get(page, label), this::checkPage));
        Map<String, String> searchForm = searchForm(browser.get(page, "search-page"), search);
        figures.add(measure("clients page search q=" + search + " (Ajax)", "console-search",
                label -> browser.ajax(page, searchForm, label), response -> checkSearchPage(response, search)));
        figures.add(measure("API first page", "api", label -> api(api, label), this::checkApiPage));
        figures.add(measure("API search q=" + search, "search", label -> api(api + "&q=" + query(search), label),
                this::checkApiSearch));
        figures.add(measure("API sort createdAt,desc", "created", label -> api(api + "&sort=createdAt,desc", label),
                this::checkApiPage));
        figures.add(measure("API last page (page=" + lastPage + ")", "last",
                label -> api(api + "&page=" + lastPage, label), ClientsBenchmark::checkStatus));
        double loadAfter = LOAD.getSystemLoadAverage();

        System.out.printf("%nclient list of tenant '%s' with %d clients, %d warm-up + %d measured requests per case,"
                + " times as the client saw them (loopback) and as the server logged them%n",
                tenant, clients, WARM_UP, ROUNDS);
        // other work on the machine shows in every figure: the load says how much there was
        System.out.printf("machine: %d CPUs, load average %.1f before, %.1f after%n", LOAD.getAvailableProcessors(),
                loadBefore, loadAfter);
        for (Figures f : figures) {
            System.out.println(f.line(clients));
        }
        Figures firstPage = figures.get(0);
        System.out.printf("clients page, first page under %.0f ms: %s%n", TARGET_MS,
                firstPage.clientMedian() <= TARGET_MS ? "met" : "MISSED");
    }

    /** The search form of a rendered clients page as PrimeFaces posts it when the search button is pressed. */
    private static Map<String, String> searchForm(HttpResponse<String> page, String text) {
        checkStatus(page);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("no view state in " + excerpt(page));
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "clients-form:search-button");
        form.put("jakarta.faces.partial.execute", "clients-form:search-button clients-form:search");
        form.put("jakarta.faces.partial.render", "clients-form:clients");
        form.put("clients-form:search-button", "clients-form:search-button");
        form.put("clients-form", "clients-form");
        form.put("clients-form:search", text);
        form.put("jakarta.faces.ViewState", viewState.group(1));
        return form;
    }

    private Figures measure(String name, String key, Function<String, HttpResponse<String>> request,
                            Check check) {
        for (int i = 0; i < WARM_UP; i++) {
            refreshToken();
            check.verify(request.apply(key + "-warm-" + i));
        }
        double[] client = new double[ROUNDS];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            String label = key + "-" + i;
            refreshToken();
            long start = System.nanoTime();
            HttpResponse<String> response = request.apply(label);
            client[i] = (System.nanoTime() - start) / 1_000_000.0;
            check.verify(response);
            labels.add(label);
        }
        return new Figures(name, client, accessLog.millis(labels).orElse(null));
    }

    private HttpResponse<String> api(String url, String label) {
        return Browser.send(http, HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header(AccessLog.LABEL_HEADER, label)
                .GET().build());
    }

    /** A token for the owner, fetched anew every minute (outside the measured time) so that none expires. */
    private void refreshToken() {
        if (token != null && System.currentTimeMillis() - tokenFetchedAt < 60_000) {
            return;
        }
        HttpResponse<String> response = Browser.send(http, HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.form(Map.of("grant_type", "password",
                        "client_id", "stammkunde-cli", "username", USER, "password", USER,
                        "scope", "openid organization"))))
                .build());
        Matcher accessToken = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !accessToken.find()) {
            throw new IllegalStateException("no token for " + USER + ": " + response.body());
        }
        token = accessToken.group(1);
        tokenFetchedAt = System.currentTimeMillis();
    }

    /**
     * The console page (or the table part of an Ajax answer) with its first {@value PAGE_SIZE} rows
     * rendered by the server.
     */
    private void checkPage(HttpResponse<String> response) {
        checkStatus(response);
        if (response.body().contains("<error>")) {
            throw new IllegalStateException("Faces error in " + excerpt(response));
        }
        Matcher body = TABLE_BODY.matcher(response.body());
        if (!body.find()) {
            throw new IllegalStateException("no client table in " + response.uri() + ": " + excerpt(response));
        }
        long rows = TABLE_ROW.matcher(body.group(1)).results().count();
        if (rows != PAGE_SIZE) {
            throw new IllegalStateException(rows + " rows instead of " + PAGE_SIZE + " in " + response.uri());
        }
    }

    /** A searched page: full, and its first row is a match (the unsearched list starts elsewhere). */
    private void checkSearchPage(HttpResponse<String> response, String text) {
        checkPage(response);
        Matcher body = TABLE_BODY.matcher(response.body());
        body.find();
        String firstRow = body.group(1).split("</tr>", 2)[0];
        if (!firstRow.contains(text)) {
            throw new IllegalStateException("first row does not match '" + text + "': " + firstRow);
        }
    }

    private void checkApiPage(HttpResponse<String> response) {
        checkApi(response, clients);
    }

    /** A full first page of fewer clients than the tenant has. */
    private void checkApiSearch(HttpResponse<String> response) {
        long total = checkApi(response, -1);
        if (total == 0 || total >= clients) {
            throw new IllegalStateException("search found " + total + " of " + clients + " clients");
        }
    }

    /** A full first page and, when {@code expectedTotal} is not negative, that total; returns the total. */
    private long checkApi(HttpResponse<String> response, long expectedTotal) {
        checkStatus(response);
        Matcher total = JSON_TOTAL.matcher(response.body());
        if (!total.find()) {
            throw new IllegalStateException("no total in " + excerpt(response));
        }
        long count = Long.parseLong(total.group(1));
        long items = JSON_ID.matcher(response.body()).results().count();
        if (expectedTotal >= 0 && count != expectedTotal || items != Math.min(PAGE_SIZE, count)) {
            throw new IllegalStateException(items + " items of " + count + " in " + response.uri());
        }
        return count;
    }

    private static void checkStatus(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("status " + response.statusCode() + " for " + response.uri() + ": "
                    + excerpt(response));
        }
    }

    private static String excerpt(HttpResponse<String> response) {
        String body = response.body();
        return body.length() > 2000 ? body.substring(0, 2000) + " ..." : body;
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; run through bench/clients/run");
        }
        return value;
    }

    @FunctionalInterface
    private interface Check {
        void verify(HttpResponse<String> response);
    }

    /** The times of one case, as the client saw them and (when logged) as the server did. */
    record Figures(String name, double[] client, double[] server) {

        double clientMedian() {
            return percentile(client, 50);
        }

        String line(long clients) {
            String line = String.format("%s (%d clients): median %.1f ms, p95 %.1f ms, target %.0f ms, ratio %.2f",
                    name, clients, clientMedian(), percentile(client, 95), TARGET_MS, clientMedian() / TARGET_MS);
            return line + Optional.ofNullable(server)
                    .map(s -> String.format("; server median %.1f ms, p95 %.1f ms", percentile(s, 50), percentile(s, 95)))
                    .orElse("; server time not in the access log");
        }

        /** Nearest-rank percentile. */
        static double percentile(double[] values, int percent) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}
