package de.stammkunde.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The retroactive recalculation of points of one tenant with many clients and a million unawarded
 * causes, measured over HTTP on the running platform with the owner's bearer token:
 * <ol type="a">
 *   <li>a recalculation of all time: POST, then GET …/{id} every {@value #POLL_MILLIS} ms until
 *       DONE; the time from the POST to DONE, and the awarding phase alone (from the POST until
 *       the phase is seen to move on to the rewards), against (b). After {@code bench.limitMinutes}
 *       (10) it stops waiting and reports how many rewards were granted so far instead; (c) is
 *       then left out, since a second recalculation cannot start while one runs;</li>
 *   <li>before (a), the same awarding as one hand-written statement on the same data, run by the
 *       script {@code by-hand} (rolled back, then the tables compacted again) with the same box
 *       load beside it as beside (a): the ratio app / SQL compares like with like;</li>
 *   <li>the second recalculation, which must award nothing: its time from the POST to DONE;</li>
 *   <li>while (a) runs, the loyalty box {@code GET /clients/{id}/loyalty} of random clients, open
 *       loop at {@code bench.rate} (50) requests/s, each latency from its scheduled send time;
 *       p50, p99, max and errors of the requests scheduled between the POST and DONE, per phase,
 *       and the same during (b): what the machine gives the box beside the bare statement;</li>
 *   <li>the leaderboard's first page with every filter (minimum points, with referrals, with
 *       rewards, a name search), {@value #LEADERBOARD_CALLS} calls one after the other after a
 *       warm-up: p50 and p99;</li>
 *   <li>before (b), without the box, the same entries into a bare temporary copy of the ledger
 *       with its three indexes only (no foreign key, trigger, write-ahead log or conflict check):
 *       what writing these rows costs at the least on this machine, beside the POST to DONE
 *       target.</li>
 * </ol>
 * Arguments: tenant, file of client ids (one a line), access log, the by-hand script. Environment:
 * STAMMKUNDE_PUBLIC_URL, KEYCLOAK_URL, KEYCLOAK_REALM, as {@code bin/platform env bench} prints them.
 */
public final class RecalcBenchmark {

    static final int RATE = Integer.getInteger("bench.rate", 50);
    static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 15);
    static final int LEADERBOARD_CALLS = 50;
    static final int LEADERBOARD_WARM_UP = 10;
    static final long POLL_MILLIS = 50;
    static final int LIMIT_MINUTES = Integer.getInteger("bench.limitMinutes", 10);
    static final double TARGET_RATIO = 1.5;
    static final double TARGET_APP_SECONDS = 10;
    static final double TARGET_RERUN_SECONDS = 3;
    static final double TARGET_BOX_P99_MS = 50;
    static final double TARGET_LEADERBOARD_MS = 200;
    static final String LEADERBOARD_QUERY = "?minPoints=500&referrals=with&rewards=with&q=m%C3%BCl&page=0&size=25";
    private static final String USER = "owner";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final OperatingSystemMXBean LOAD = ManagementFactory.getOperatingSystemMXBean();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final String LABEL_HEADER = "X-Bench-Request";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private final long[] clients;
    private final Path accessLog;
    private volatile String token;

    private RecalcBenchmark(String tenant, long[] clients, Path accessLog) {
        this.api = env("STAMMKUNDE_PUBLIC_URL") + "/api/v1/tenants/" + tenant;
        this.clients = clients;
        this.accessLog = accessLog;
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("arguments: tenant client-id-file access-log-file by-hand-script");
        }
        try {
            long[] clients = Files.readAllLines(Path.of(args[1])).stream().map(String::strip)
                    .filter(line -> !line.isEmpty()).mapToLong(Long::parseLong).toArray();
            boolean met = new RecalcBenchmark(args[0], clients, Path.of(args[2])).run(args[0], Path.of(args[3]));
            System.exit(met ? 0 : 3);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** What the hand-written statement wrote and how long it took. */
    record ByHand(long entries, long points, long clients, double seconds, double load) {

        /** The line the by-hand script prints ("entries points clients seconds"), with the load it met. */
        static ByHand of(String line, double load) {
            String[] figures = line.split(" ");
            return new ByHand(Long.parseLong(figures[0]), Long.parseLong(figures[1]), Long.parseLong(figures[2]),
                    Double.parseDouble(figures[3]), load);
        }
    }

    /** Runs the by-hand script with the tenant and the extra arguments; returns its last line of output. */
    private static String script(Path byHand, String tenant, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(byHand.toString(), tenant));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + output);
        }
        String[] lines = output.split("\\R");
        return lines[lines.length - 1].strip();
    }

    private boolean run(String tenant, Path byHandScript) throws Exception {
        refreshToken();
        // a token lasts five minutes; a fresh one every minute, away from the measured requests' threads
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(daemon("token"));
        refresher.scheduleWithFixedDelay(this::refreshTokenQuietly, 60, 60, TimeUnit.SECONDS);

        // (f) what writing these rows costs at the least, alone on the machine and on compact tables
        System.out.println("(f) The entries of (b) into a bare temporary copy of the ledger, its indexes only, rolled back ...");
        String floorLine = script(byHandScript, tenant, "floor");
        System.out.printf("    entries points clients seconds: %s%n", floorLine);
        ByHand floor = ByHand.of(floorLine, LOAD.getSystemLoadAverage());
        script(byHandScript, tenant, "compact");

        System.out.printf("Warming up the loyalty box, %d s at %d requests/s ...%n", WARM_UP_SECONDS, RATE);
        OpenLoop warmUp = new OpenLoop("warm-box");
        Thread warming = warmUp.start();
        Thread.sleep(TimeUnit.SECONDS.toMillis(WARM_UP_SECONDS));
        warmUp.stop(warming);
        System.out.println("    " + warmUp.series(0, Long.MAX_VALUE).line());

        // (b) with the box alongside, as (a) will have it
        System.out.printf("(b) The awarding as one hand-written statement, rolled back, the loyalty box at %d"
                + " requests/s meanwhile ...%n", RATE);
        OpenLoop sqlBox = new OpenLoop("sql-box");
        Thread sqlBoxing = sqlBox.start();
        Thread.sleep(2000);
        double loadSql = LOAD.getSystemLoadAverage();
        long sqlStarted = System.nanoTime();
        String byHandLine = script(byHandScript, tenant);
        long sqlEnded = System.nanoTime();
        sqlBox.stop(sqlBoxing);
        ByHand byHand = ByHand.of(byHandLine, loadSql);
        Series duringSql = sqlBox.series(sqlStarted, sqlEnded);
        System.out.printf("    entries points clients seconds: %s%n", byHandLine);
        System.out.println("    (d) during (b): " + duringSql.line());
        script(byHandScript, tenant, "compact");

        // (a) with (d) alongside
        System.out.printf("(a) Recalculation of all time through the API, (d) the loyalty box at %d requests/s"
                + " meanwhile ...%n", RATE);
        double loadBefore = LOAD.getSystemLoadAverage();
        OpenLoop box = new OpenLoop("box");
        Thread boxing = box.start();
        Thread.sleep(2000);
        long grantedBefore = granted();
        Run first = recalculate(LIMIT_MINUTES);
        long granted = granted() - grantedBefore;
        Thread.sleep(1000);
        box.stop(boxing);
        double loadAfter = LOAD.getSystemLoadAverage();
        Series during = box.series(first.postedAt(), first.doneAt());
        boolean finished = "DONE".equals(first.state());
        System.out.println("    " + first.line() + (finished ? "" : String.format("; not done after %d minutes,"
                + " %,d rewards granted so far (%.0f a second in the rewards phase)", LIMIT_MINUTES, granted,
                granted / (first.seconds() - first.awardingSeconds()))));
        System.out.println("    (d) " + during.line());
        // where the slow answers fall: beside the one awarding statement, or beside the rewards' batches
        System.out.println("        awarding phase: " + box.series(first.postedAt(), first.awardedAt()).line());
        System.out.println("        rewards phase:  " + box.series(first.awardedAt(), first.doneAt()).line());

        String reconciliation = get(api + "/loyalty/reconciliation").body().strip();

        // (c), which cannot start while (a) still runs
        Run second = null;
        if (finished) {
            System.out.println("(c) The same recalculation again ...");
            second = recalculate(LIMIT_MINUTES);
            System.out.println("    " + second.line());
        } else {
            System.out.println("(c) not measured: the first recalculation is still running");
        }

        // (e)
        System.out.printf("(e) Leaderboard, first page with every filter (%s), %d calls after %d to warm up ...%n",
                LEADERBOARD_QUERY, LEADERBOARD_CALLS, LEADERBOARD_WARM_UP);
        Series leaderboard = leaderboard();
        double loadEnd = LOAD.getSystemLoadAverage();
        refresher.shutdownNow();

        double awarding = first.awardingSeconds();
        double total = first.seconds();
        double ratio = awarding / byHand.seconds();
        boolean sameWork = first.payments() + first.sessions() == byHand.entries() && first.points() == byHand.points();
        boolean ratioMet = ratio <= TARGET_RATIO;
        boolean appMet = total <= TARGET_APP_SECONDS;
        boolean rerunMet = second != null && second.seconds() <= TARGET_RERUN_SECONDS && second.points() == 0
                && second.payments() + second.sessions() == 0 && "DONE".equals(second.state());
        boolean boxMet = during.percentile(99) < TARGET_BOX_P99_MS && during.errors() == 0;
        boolean leaderboardMet = leaderboard.percentile(99) < TARGET_LEADERBOARD_MS && leaderboard.errors() == 0;

        System.out.println();
        System.out.printf("==== recalculation benchmark: tenant '%s', %,d clients, %,d causes ====%n", tenant,
                clients.length, byHand.entries());
        System.out.printf("machine: %d CPUs, load average (1 min) %.1f during (b), %.1f before (a), %.1f after (a),"
                + " %.1f at the end%n", LOAD.getAvailableProcessors(), byHand.load(), loadBefore, loadAfter, loadEnd);
        System.out.printf("(a) app          POST to %s %.2f s, awarding phase %.2f s, rewards + email %.2f s;"
                + " %,d payments, %,d sessions, %,d points, %,d clients, %,d rewards granted%s%n",
                finished ? "DONE" : "the limit", total, awarding, total - awarding, first.payments(), first.sessions(),
                first.points(), first.clients(), granted, finished ? "" : " so far (NOT DONE: still "
                        + first.phase() + ")");
        System.out.printf("(b) SQL by hand  %.2f s; %,d entries, %,d points, %,d clients%s%n", byHand.seconds(),
                byHand.entries(), byHand.points(), byHand.clients(), sameWork ? " (the same as the app's)"
                        : " (NOT the same as the app's)");
        System.out.printf("    ratio awarding (a) / SQL (b) = %.2f   (POST to DONE / SQL = %.2f)%n", ratio,
                total / byHand.seconds());
        System.out.printf("    reconciliation afterwards: %s%n", reconciliation.equals("[]")
                ? "[] (every balance is the sum of its ledger)" : "MISMATCHES " + excerpt(reconciliation));
        System.out.println(second == null ? "(c) second run   not measured (the first did not finish)"
                : String.format("(c) second run   POST to DONE %.2f s; %,d points, %,d rewards (must be 0); state %s",
                second.seconds(), second.points(), second.rewards(), second.state()));
        System.out.printf("(d) loyalty box during (a), %d requests/s: %s%n", RATE, during.line());
        System.out.printf("    during (b), the statement by hand: %s%n", duringSql.line());
        System.out.printf("(e) leaderboard  %s%n", leaderboard.line());
        System.out.printf("(f) floor        %.2f s: the same entries into a bare temporary copy of the ledger with its"
                + " three indexes only (no foreign key, trigger, write-ahead log or conflict check); POST to DONE"
                + " / floor = %.2f%n", floor.seconds(), total / floor.seconds());
        System.out.printf("targets: ratio %.2f <= %.1f: %s; POST to DONE %.2f s <= %.0f s: %s; second run %.2f s <= %.0f s"
                        + " and 0 points: %s; box p99 %.1f ms < %.0f ms, 0 errors: %s; leaderboard p99 %.1f ms < %.0f ms: %s%n",
                ratio, TARGET_RATIO, met(ratioMet), total, TARGET_APP_SECONDS, met(appMet & finished),
                second == null ? Double.NaN : second.seconds(),
                TARGET_RERUN_SECONDS, met(rerunMet), during.percentile(99), TARGET_BOX_P99_MS, met(boxMet),
                leaderboard.percentile(99), TARGET_LEADERBOARD_MS, met(leaderboardMet));
        if (!reconciliation.equals("[]") || !sameWork || second != null && second.points() != 0) {
            throw new IllegalStateException("the recalculation did not award what the statement by hand did, awarded"
                    + " twice or left balances that differ from their ledger");
        }
        return ratioMet && appMet && finished && rerunMet && boxMet && leaderboardMet;
    }

    private static String met(boolean met) {
        return met ? "met" : "MISSED";
    }

    // --- (a) and (c) ---------------------------------------------------------------------------------

    /** One recalculation as polled: when it was posted, left the awarding phase and was done. */
    record Run(long postedAt, long awardedAt, long doneAt, String state, String phase, long payments, long sessions,
               long points, long clients, long rewards) {

        double seconds() {
            return (doneAt - postedAt) / 1e9;
        }

        double awardingSeconds() {
            return (awardedAt - postedAt) / 1e9;
        }

        String line() {
            return String.format("%s after %.2f s (awarding %.2f s): %,d payments, %,d sessions, %,d points, %,d clients,"
                    + " %,d rewards", state, seconds(), awardingSeconds(), payments, sessions, points, clients, rewards);
        }
    }

    /** Starts a recalculation of all time and polls it until it is DONE or FAILED, or for at most the limit. */
    private Run recalculate(int limitMinutes) throws Exception {
        long posted = System.nanoTime();
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(api + "/loyalty/recalculations"))
                .timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("recalculation not started: " + started.statusCode() + " "
                    + excerpt(started.body()));
        }
        String location = started.headers().firstValue("Location").orElseThrow();
        long awarded = 0;
        long deadline = posted + TimeUnit.MINUTES.toNanos(limitMinutes);
        while (true) {
            String body;
            try {
                body = get(location, REQUEST_TIMEOUT).body();
            } catch (HttpTimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                System.err.println("  polling: no answer within " + REQUEST_TIMEOUT.toSeconds() + " s, asking again");
                continue;
            }
            long now = System.nanoTime();
            String state = text(body, "state");
            String phase = text(body, "phase");
            if (awarded == 0 && (!"awarding".equals(phase) && "RUNNING".equals(state) || "DONE".equals(state))) {
                awarded = now;
            }
            if ("DONE".equals(state) || "FAILED".equals(state) || now > deadline && awarded != 0) {
                return new Run(posted, awarded == 0 ? now : awarded, now, state, phase, number(body, "payments"),
                        number(body, "sessions"), number(body, "points"), number(body, "clients"),
                        number(body, "rewards"));
            }
            if (now > deadline) {
                throw new IllegalStateException("recalculation still awarding after " + limitMinutes + " minutes: " + body);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static String text(String json, String field) {
        Matcher value = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(json);
        return value.find() ? value.group(1) : null;
    }

    private static long number(String json, String field) {
        Matcher value = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + field + " in " + excerpt(json));
        }
        return Long.parseLong(value.group(1));
    }

    /** How many rewards all tiers have been granted. */
    private long granted() throws Exception {
        Matcher granted = Pattern.compile("\"granted\":(\\d+)").matcher(get(api + "/reward-tiers").body());
        long sum = 0;
        while (granted.find()) {
            sum += Long.parseLong(granted.group(1));
        }
        return sum;
    }

    // --- (d) open loop -----------------------------------------------------------------------------

    /** Latencies (from the scheduled send time) of the requests of one stretch, and its errors. */
    record Series(long[] nanos, int errors, long[] serverMicros) {

        double percentile(int percent) {
            return percentile(nanos, percent) / 1e6;
        }

        double max() {
            return Arrays.stream(nanos).max().orElse(0) / 1e6;
        }

        String line() {
            String server = serverMicros.length == 0 ? "server times not in the access log"
                    : String.format("server p50 %.1f ms, p99 %.1f ms", percentile(serverMicros, 50) / 1e3,
                    percentile(serverMicros, 99) / 1e3);
            return String.format("%,d requests: p50 %.1f ms, p99 %.1f ms, max %.0f ms, %d errors; %s", nanos.length,
                    percentile(50), percentile(99), max(), errors, server);
        }

        /** Nearest-rank percentile. */
        static double percentile(long[] values, int percent) {
            if (values.length == 0) {
                return Double.NaN;
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }

    /** One request of the open loop: when it was due, how long it took from then, whether it failed. */
    record Sample(String label, long scheduled, long nanos, boolean failed) {
    }

    /**
     * GET /clients/{id}/loyalty of random clients at {@code bench.rate} requests a second, each sent at
     * its scheduled time without waiting for earlier answers, until stopped.
     */
    private final class OpenLoop {

        private final String prefix;
        private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicInteger reported = new AtomicInteger();
        private volatile boolean stopped;

        OpenLoop(String prefix) {
            this.prefix = prefix;
        }

        Thread start() {
            Thread thread = daemon("open-loop-" + prefix).newThread(this::send);
            thread.start();
            return thread;
        }

        void stop(Thread thread) throws InterruptedException {
            stopped = true;
            thread.join();
            long deadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos() + TimeUnit.SECONDS.toNanos(2);
            while (samples.size() < sent.get() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }

        private void send() {
            long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
            for (int i = 0; !stopped; i++) {
                long scheduled = start + i * interval;
                long wait;
                while ((wait = scheduled - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                String label = prefix + "-" + i;
                HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/clients/" + randomClient() + "/loyalty"))
                        .timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json").header(LABEL_HEADER, label).GET().build();
                sent.incrementAndGet();
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                        .orTimeout(REQUEST_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS)
                        .whenComplete((response, failure) -> {
                            boolean failed = failure != null || response.statusCode() != 200
                                    || !response.body().contains("\"balance\":");
                            if (failed && reported.incrementAndGet() <= 5) {
                                System.err.println("  error: " + (failure != null ? failure
                                        : response.statusCode() + " " + excerpt(response.body())));
                            }
                            samples.add(new Sample(label, scheduled, System.nanoTime() - scheduled, failed));
                        });
            }
        }

        /** The requests scheduled from {@code from} to {@code until} (System.nanoTime()). */
        Series series(long from, long until) throws InterruptedException {
            List<Sample> within = samples.stream().filter(s -> s.scheduled() >= from && s.scheduled() <= until).toList();
            return new Series(within.stream().mapToLong(Sample::nanos).toArray(),
                    (int) within.stream().filter(Sample::failed).count(),
                    serverMicros(within.stream().map(Sample::label).toList()));
        }
    }

    /** The server's own microseconds of the labelled requests, from the access log (written a little later). */
    private long[] serverMicros(List<String> labels) throws InterruptedException {
        Set<String> wanted = new HashSet<>(labels);
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            long[] micros;
            try (var lines = Files.lines(accessLog, StandardCharsets.UTF_8)) {
                micros = lines.map(line -> line.split(" ", 4))
                        .filter(fields -> fields.length >= 3 && wanted.contains(fields[0]))
                        .mapToLong(fields -> Long.parseLong(fields[2])).toArray();
            } catch (IOException | RuntimeException e) {
                micros = new long[0];
            }
            if (micros.length >= wanted.size() || System.currentTimeMillis() > deadline) {
                return micros;
            }
            Thread.sleep(200);
        }
    }

    // --- (e) leaderboard ---------------------------------------------------------------------------

    private Series leaderboard() throws Exception {
        URI uri = URI.create(api + "/loyalty/leaderboard" + LEADERBOARD_QUERY);
        String sample = null;
        for (int i = 0; i < LEADERBOARD_WARM_UP; i++) {
            sample = get(uri.toString()).body();
        }
        System.out.printf("    total %s of the filtered ranking, %s%n", number(sample, "total"),
                excerpt(sample.substring(Math.max(0, sample.indexOf("\"ranking\"")))));
        long[] nanos = new long[LEADERBOARD_CALLS];
        List<String> labels = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < LEADERBOARD_CALLS; i++) {
            String label = "leaderboard-" + i;
            labels.add(label);
            long began = System.nanoTime();
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .header(LABEL_HEADER, label).GET().build());
            nanos[i] = System.nanoTime() - began;
            if (response.statusCode() != 200) {
                errors++;
            }
        }
        return new Series(nanos, errors, serverMicros(labels));
    }

    // --- HTTP --------------------------------------------------------------------------------------

    private long randomClient() {
        return clients[ThreadLocalRandom.current().nextInt(clients.length)];
    }

    private HttpResponse<String> get(String url) throws Exception {
        return get(url, Duration.ofMinutes(2));
    }

    private HttpResponse<String> get(String url, Duration timeout) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("status " + response.statusCode() + " for " + url + ": "
                    + excerpt(response.body()));
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void refreshToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=stammkunde-cli&username=" + USER + "&password=" + USER
                + "&scope=" + URLEncoder.encode("openid organization", StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(env("KEYCLOAK_URL") + "/realms/"
                        + env("KEYCLOAK_REALM") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher accessToken = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !accessToken.find()) {
            throw new IllegalStateException("no token for " + USER + ": " + response.body());
        }
        token = accessToken.group(1);
    }

    private void refreshTokenQuietly() {
        try {
            refreshToken();
        } catch (Exception e) {
            // the current token still has four minutes; the next try comes in one
            System.err.println("  token refresh failed: " + e);
        }
    }

    private static ThreadFactory daemon(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String excerpt(String body) {
        return body.length() > 500 ? body.substring(0, 500) + " ..." : body;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; run through bench/recalc/run");
        }
        return value;
    }
}
