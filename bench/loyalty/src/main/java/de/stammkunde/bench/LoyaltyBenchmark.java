package de.stammkunde.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loyalty engine of one tenant with many clients, measured over HTTP on the running platform
 * with the owner's bearer token:
 * <ol type="a">
 *   <li>awards: {@value #CALLERS} callers in a closed loop, each creating an invoice for a random
 *       client and paying it in full, which awards its points and grants the rewards reached in
 *       the same transaction; payments/s over the measured time, rewards granted, and the
 *       reconciliation of balances with the ledger afterwards;</li>
 *   <li>the loyalty box {@code GET /clients/{id}/loyalty} of random clients, open loop: requests
 *       leave on a fixed schedule of 200 per second (bench.rate) whatever the answers do, and each
 *       latency counts from its scheduled send time, so a slow answer cannot hide the requests
 *       that queue behind it; p50, p99, max and errors (non-200 or no answer);</li>
 *   <li>the same load on {@code GET /settings}, a trivial endpoint behind the same token and
 *       tenant check; (b) and (c) take turns in blocks of 20 s, so that other work on the shared
 *       machine meets both alike. The ratio of the p99s says what the loyalty box itself costs.</li>
 * </ol>
 * Arguments: tenant, file of client ids (one a line). Environment: STAMMKUNDE_PUBLIC_URL,
 * KEYCLOAK_URL, KEYCLOAK_REALM, as {@code bin/platform env bench} prints them.
 */
public final class LoyaltyBenchmark {

    static final int CALLERS = 8;
    static final int RATE = Integer.getInteger("bench.rate", 200);
    static final int OPEN_SECONDS = Integer.getInteger("bench.seconds", 60);
    static final int BLOCK_SECONDS = Integer.getInteger("bench.block", 20);
    static final int AWARD_SECONDS = Integer.getInteger("bench.awardSeconds", 30);
    static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 10);
    static final double TARGET_P99_MS = 50;
    private static final String USER = "owner";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final OperatingSystemMXBean LOAD = ManagementFactory.getOperatingSystemMXBean();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final String LABEL_HEADER = "X-Bench-Request";
    private static final Pattern GRANTED = Pattern.compile("\"granted\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private final long[] clients;
    private final Path accessLog;
    private volatile String token;

    private LoyaltyBenchmark(String tenant, long[] clients, Path accessLog) {
        this.api = env("STAMMKUNDE_PUBLIC_URL") + "/api/v1/tenants/" + tenant;
        this.clients = clients;
        this.accessLog = accessLog;
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("arguments: tenant client-id-file access-log-file");
        }
        try {
            long[] clients = Files.readAllLines(Path.of(args[1])).stream().map(String::strip)
                    .filter(line -> !line.isEmpty()).mapToLong(Long::parseLong).toArray();
            new LoyaltyBenchmark(args[0], clients, Path.of(args[2])).run(args[0]);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run(String tenant) throws Exception {
        refreshToken();
        // a token lasts five minutes; a fresh one every minute, away from the measured requests' threads
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(daemon("token"));
        refresher.scheduleWithFixedDelay(this::refreshTokenQuietly, 60, 60, TimeUnit.SECONDS);

        double loadStart = LOAD.getSystemLoadAverage();
        Awards awards = awards();
        System.out.println("    " + awards.line());
        String reconciliation = get(api + "/loyalty/reconciliation", 200).body().strip();
        double loadAfterAwards = LOAD.getSystemLoadAverage();

        IntFunction<URI> box = i -> URI.create(api + "/clients/" + randomClient() + "/loyalty");
        IntFunction<URI> settings = i -> URI.create(api + "/settings");
        Predicate<String> isBox = body -> body.contains("\"balance\":") && body.contains("\"clientId\":");
        Predicate<String> isSettings = body -> body.contains("\"clientHistory\":");
        // time for the server's compiler and for the garbage and background work (a) leaves behind
        System.out.printf("Warming up both endpoints, twice %d s each at %d requests/s ...%n", WARM_UP_SECONDS, RATE);
        for (int turn = 0; turn < 2; turn++) {
            openLoop("warm-box" + turn, box, isBox, WARM_UP_SECONDS);
            openLoop("warm-settings" + turn, settings, isSettings, WARM_UP_SECONDS);
        }

        // the machine is shared: (b) and (c) take turns in blocks, so that both meet the same other work
        System.out.printf("(b) GET /clients/{id}/loyalty and (c) GET /settings, open loop, %d requests/s for %d s"
                + " each, in turns of %d s ...%n", RATE, OPEN_SECONDS, BLOCK_SECONDS);
        double loadBeforeBox = LOAD.getSystemLoadAverage();
        List<Series> boxBlocks = new ArrayList<>();
        List<Series> trivialBlocks = new ArrayList<>();
        for (int block = 0; block * BLOCK_SECONDS < OPEN_SECONDS; block++) {
            int seconds = Math.min(BLOCK_SECONDS, OPEN_SECONDS - block * BLOCK_SECONDS);
            boxBlocks.add(openLoop("box" + block, box, isBox, seconds));
            System.out.printf("    (b) block %d: %s%n", block + 1, boxBlocks.get(block).line());
            trivialBlocks.add(openLoop("settings" + block, settings, isSettings, seconds));
            System.out.printf("    (c) block %d: %s%n", block + 1, trivialBlocks.get(block).line());
        }
        Series loyaltyBox = Series.merge(boxBlocks);
        Series trivial = Series.merge(trivialBlocks);
        double loadEnd = LOAD.getSystemLoadAverage();
        refresher.shutdownNow();

        double ratio = loyaltyBox.percentile(99) / trivial.percentile(99);
        boolean met = loyaltyBox.percentile(99) < TARGET_P99_MS && loyaltyBox.errors() == 0;
        System.out.println();
        System.out.printf("==== loyalty benchmark: tenant '%s', %,d clients ====%n", tenant, clients.length);
        System.out.printf("machine: %d CPUs, load average (1 min) %.1f at the start, %.1f after (a), %.1f before (b),"
                + " %.1f at the end%n", LOAD.getAvailableProcessors(), loadStart, loadAfterAwards, loadBeforeBox, loadEnd);
        System.out.printf("(a) awards       %d callers, %d s: %s%n", CALLERS, AWARD_SECONDS, awards.line());
        System.out.printf("    reconciliation afterwards: %s%n", reconciliation.equals("[]")
                ? "[] (every balance is the sum of its ledger)" : "MISMATCHES " + excerpt(reconciliation));
        System.out.printf("(b) loyalty box  GET /clients/{id}/loyalty %s%n", loyaltyBox.line());
        System.out.printf("(c) trivial      GET /settings              %s%n", trivial.line());
        System.out.printf("ratio p99 (b) / p99 (c) = %.2f   (p50: %.2f)%n", ratio,
                loyaltyBox.percentile(50) / trivial.percentile(50));
        System.out.printf("target: loyalty box p99 < %.0f ms at %d requests/s with 0 errors: %s%n", TARGET_P99_MS, RATE,
                met ? "met" : "MISSED");
        if (!reconciliation.equals("[]")) {
            throw new IllegalStateException("the reconciliation found balances that differ from their ledger");
        }
    }

    // --- (a) awards --------------------------------------------------------------------------------

    record Awards(int measured, int total, double perSecond, long[] nanos, int errors, long granted) {

        double percentile(int percent) {
            return Series.percentile(nanos, percent) / 1e6;
        }

        String line() {
            return String.format("%,d payments in full, %.1f payments/s; invoice + payment p50 %.0f ms, p99 %.0f ms;"
                    + " %d errors; %,d rewards granted (%,d payments incl. warm-up)", measured, perSecond,
                    percentile(50), percentile(99), errors, granted, total);
        }
    }

    /**
     * {@value #CALLERS} callers, each in a loop: an invoice for a random client, then one payment of
     * its total. The first seconds warm up and are not counted; a payment counts
     * when it answered 201 with the invoice PAID and finished within the measured time.
     */
    private Awards awards() throws Exception {
        long grantedBefore = granted();
        System.out.printf("(a) Awards: %d callers, invoice + full payment for random clients, %d s warm-up + %d s"
                + " measured ...%n", CALLERS, WARM_UP_SECONDS, AWARD_SECONDS);
        long start = System.nanoTime();
        long from = start + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        long until = from + TimeUnit.SECONDS.toNanos(AWARD_SECONDS);
        AtomicInteger total = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS, daemon("caller"));
        List<Future<?>> callers = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            callers.add(pool.submit(() -> {
                while (System.nanoTime() < until) {
                    long began = System.nanoTime();
                    boolean paid = payInvoice();
                    long ended = System.nanoTime();
                    if (!paid) {
                        errors.incrementAndGet();
                        continue;
                    }
                    total.incrementAndGet();
                    if (began >= from && ended <= until) {
                        times.add(ended - began);
                    }
                }
                return null;
            }));
        }
        for (Future<?> caller : callers) {
            caller.get();
        }
        pool.shutdown();
        long[] nanos = times.stream().mapToLong(Long::longValue).toArray();
        // payments that began in the warm-up or ended after it are left out: a slight undercount
        int measured = nanos.length;
        return new Awards(measured, total.get(), measured / (double) AWARD_SECONDS, nanos, errors.get(),
                granted() - grantedBefore);
    }

    private boolean payInvoice() {
        long client = randomClient();
        // 15 € to 300 €, most of them small: at 1 point per euro the next tier is often, not always, reached
        long cents = 1500 + (long) (Math.pow(ThreadLocalRandom.current().nextDouble(), 2) * 28500);
        try {
            HttpResponse<String> invoice = send(post(api + "/invoices", """
                    {"clientId": %d, "lines": [{"description": "Porträt-Shooting", "unitPriceCents": %d}]}"""
                    .formatted(client, cents)));
            if (invoice.statusCode() != 201) {
                report("invoice", invoice);
                return false;
            }
            String location = invoice.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> payment = send(post(location + "/payments",
                    "{\"amountCents\": %d, \"method\": \"CARD\"}".formatted(cents)));
            if (payment.statusCode() != 201 || !payment.body().contains("\"status\":\"PAID\"")) {
                report("payment", payment);
                return false;
            }
            return true;
        } catch (IOException e) {
            System.err.println("  award request failed: " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How many rewards all tiers have been granted. */
    private long granted() throws Exception {
        Matcher granted = GRANTED.matcher(get(api + "/reward-tiers", 200).body());
        long sum = 0;
        while (granted.find()) {
            sum += Long.parseLong(granted.group(1));
        }
        return sum;
    }

    // --- (b) and (c) open loop ----------------------------------------------------------------------

    /** Latencies from the scheduled send time of every request of one open-loop run, and its errors. */
    record Series(long[] nanos, int errors, long maxSendLagNanos, long[] serverMicros) {

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
            return String.format("%,d requests: p50 %.1f ms, p99 %.1f ms, max %.0f ms, %d errors; %s (sender at most"
                    + " %.1f ms late)", nanos.length, percentile(50), percentile(99), max(), errors, server,
                    maxSendLagNanos / 1e6);
        }

        static Series merge(List<Series> parts) {
            return new Series(parts.stream().flatMapToLong(part -> Arrays.stream(part.nanos())).toArray(),
                    parts.stream().mapToInt(Series::errors).sum(),
                    parts.stream().mapToLong(Series::maxSendLagNanos).max().orElse(0),
                    parts.stream().flatMapToLong(part -> Arrays.stream(part.serverMicros())).toArray());
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

    /**
     * {@code bench.rate} (200) requests a second for {@code seconds}, each sent at its scheduled time without
     * waiting for earlier answers. A request that gets no answer within the timeout counts as an
     * error with the time it waited.
     */
    private Series openLoop(String label, IntFunction<URI> target, Predicate<String> check, int seconds)
            throws InterruptedException {
        int count = RATE * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
        long[] nanos = new long[count];
        AtomicInteger errors = new AtomicInteger();
        AtomicLong maxLag = new AtomicLong();
        CountDownLatch answered = new CountDownLatch(count);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < count; i++) {
            long scheduled = start + i * interval;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            maxLag.accumulateAndGet(System.nanoTime() - scheduled, Math::max);
            int index = i;
            HttpRequest request = HttpRequest.newBuilder(target.apply(i)).timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .header(LABEL_HEADER, label + "-" + i).GET().build();
            // the client's own timeout covers the wait for the headers; this one the whole exchange
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .orTimeout(REQUEST_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS)
                    .whenComplete((response, failure) -> {
                        nanos[index] = System.nanoTime() - scheduled;
                        if (failure != null || response.statusCode() != 200 || !check.test(response.body())) {
                            if (errors.incrementAndGet() <= 5) {
                                System.err.println("  error: " + (failure != null ? failure
                                        : response.statusCode() + " " + excerpt(response.body())));
                            }
                        }
                        answered.countDown();
                    });
        }
        answered.await();
        return new Series(nanos, errors.get(), maxLag.get(), serverMicros(label + "-", count));
    }

    /**
     * The server's own microseconds (first byte read to last byte written) of the requests whose
     * label starts with {@code prefix}, from the access log; Undertow writes it a little later.
     */
    private long[] serverMicros(String prefix, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            long[] micros;
            try (var lines = Files.lines(accessLog, StandardCharsets.UTF_8)) {
                micros = lines.map(line -> line.split(" ", 4))
                        .filter(fields -> fields.length >= 3 && fields[0].startsWith(prefix))
                        .mapToLong(fields -> Long.parseLong(fields[2])).toArray();
            } catch (IOException | RuntimeException e) {
                micros = new long[0];
            }
            if (micros.length >= expected || System.currentTimeMillis() > deadline) {
                return micros;
            }
            Thread.sleep(200);
        }
    }

    // --- HTTP --------------------------------------------------------------------------------------

    private long randomClient() {
        return clients[ThreadLocalRandom.current().nextInt(clients.length)];
    }

    private HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpResponse<String> get(String url, int expected) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("status " + response.statusCode() + " for " + url + ": "
                    + excerpt(response.body()));
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private final AtomicInteger reported = new AtomicInteger();

    private void report(String what, HttpResponse<String> response) {
        if (reported.incrementAndGet() <= 5) {
            System.err.println("  " + what + ": " + response.statusCode() + " " + excerpt(response.body()));
        }
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
            throw new IllegalStateException(name + " is not set; run through bench/loyalty/run");
        }
        return value;
    }
}
