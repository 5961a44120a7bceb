package de.stammkunde.bench;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outbox's dispatch throughput against a plain JavaMail loop sending the same messages to the
 * same SMTP server in the same run. See bench/outbox/run.
 */
public final class OutboxBenchmark {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final int DISPATCHERS = 4;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String api = env("STAMMKUNDE_PUBLIC_URL") + "/api/v1";
    private final String mailApi = "http://localhost:" + env("MAIL_API_PORT");
    private final int tenants;
    private final int perTenant;
    private String token;
    private long tokenAt;

    private OutboxBenchmark(int tenants, int perTenant) {
        this.tenants = tenants;
        this.perTenant = perTenant;
    }

    public static void main(String[] args) throws Exception {
        new OutboxBenchmark(Integer.parseInt(args[0]), Integer.parseInt(args[1])).run();
    }

    private void run() throws Exception {
        List<String> slugs = new ArrayList<>();
        for (int i = 1; i <= tenants; i++) {
            slugs.add(String.format("bench-outbox-%02d", i));
        }
        long total = (long) tenants * perTenant;
        System.out.printf("Creating %d tenants through the operator API ...%n", tenants);
        for (String slug : slugs) {
            createTenant(slug);
        }
        System.out.printf("Queuing %,d messages (%,d per tenant) by SQL, parked ...%n", total, perTenant);
        try (Connection db = database()) {
            for (String slug : slugs) {
                seed(db, slug);
            }
            purgeMail();

            // (a) the application
            System.out.println("Releasing the messages; dispatching with " + DISPATCHERS
                    + " operator job runs at a time plus the timer ...");
            long started = System.nanoTime();
            update(db, slugs, "update %s.outbox_message set next_attempt_at = now() where status = 'QUEUED'");
            AtomicBoolean done = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(DISPATCHERS);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < DISPATCHERS; i++) {
                runs.add(pool.submit(() -> {
                    while (!done.get()) {
                        runOutboxJob();
                    }
                    return null;
                }));
            }
            long sent = 0;
            while (sent < total) {
                Thread.sleep(250);
                sent = count(db, slugs, "status = 'SENT'");
                long unsendable = count(db, slugs, "status in ('FAILED', 'DEAD', 'SUPPRESSED')");
                if (unsendable > 0) {
                    done.set(true);
                    throw new IllegalStateException(unsendable + " messages were not sent; see the sent logs");
                }
            }
            double applicationSeconds = (System.nanoTime() - started) / 1e9;
            done.set(true);
            for (Future<?> run : runs) {
                run.get();
            }
            pool.shutdown();
            double application = total / applicationSeconds;
            System.out.printf("  all %,d SENT after %.1f s%n", total, applicationSeconds);
            checkArrivedOnce(db, slugs);

            // (b) the yardstick
            List<Mail> mails = load(db, slugs);
            purgeMail();
            System.out.printf("Sending the same %,d messages with a plain JavaMail loop ...%n", mails.size());
            double plainSeconds = plainLoop(mails);
            double plain = mails.size() / plainSeconds;
            System.out.printf("  done after %.1f s%n", plainSeconds);

            System.out.println();
            System.out.printf("outbox dispatch     %,10.0f messages/s  (%,d messages, %d tenants)%n", application, total,
                    tenants);
            System.out.printf("plain JavaMail loop %,10.0f messages/s  (one connection, no database)%n", plain);
            System.out.printf("ratio outbox / plain = %.2f%n", application / plain);
        }
    }

    private void createTenant(String slug) throws Exception {
        HttpResponse<String> existing = send(HttpRequest.newBuilder(URI.create(api + "/operator/tenants/" + slug))
                .header("Authorization", "Bearer " + token()).GET().build());
        if (existing.statusCode() == 200) {
            return;
        }
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(api + "/operator/tenants"))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"slug": "%s", "name": "Studio %s", "locale": "de", "timeZone": "Europe/Berlin",
                         "ownerEmail": "owner@%s.bench.example"}""".formatted(slug, slug, slug)))
                .build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("tenant " + slug + ": " + created.statusCode() + " " + created.body());
        }
    }

    /** Clients with consent to appointment updates by email, and one rendered reminder each, parked in the outbox. */
    private void seed(Connection db, String slug) throws SQLException {
        String schema = schema(slug);
        try (Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.execute("set local role " + schema + "_owner");
            sql.execute("set local search_path to " + schema);
            if (count(sql, "select count(*) from outbox_message") >= perTenant) {
                db.commit();
                return;
            }
            sql.execute("""
                    insert into client (id, version, first_name, last_name, email, gender, preferred_language,
                                        created_at, updated_at)
                    select 2000000000 + g, 0, (array['Anna','Lena','Jürgen','Paul','Zoë'])[1 + g %% 5],
                           (array['Müller','Schmidt','Weiß','Öztürk'])[1 + g %% 4],
                           'c' || g || '@%s.bench.example', 'UNKNOWN', case when g %% 10 = 0 then 'en' else 'de' end,
                           now(), now()
                    from generate_series(1, %d) g""".formatted(slug, perTenant));
            sql.execute("""
                    insert into consent_record (id, version, client_id, purpose, channel, state, by_guardian, updated_at)
                    select nextval('consent_record_seq'), 0, c.id, p.purpose, p.channel, 'GIVEN', false, now()
                    from client c, (values ('DATA_PROCESSING', 'ANY'), ('APPOINTMENT_UPDATES', 'EMAIL')) p (purpose, channel)
                    where c.id > 2000000000""");
            sql.execute("""
                    insert into outbox_message (idempotency_key, kind, purpose, channel, client_id, recipient, language,
                                                model, subject, body_text, body_html, marketing, status,
                                                next_attempt_at, created_by, created_at)
                    select 'bench:' || c.id || ':reminder', 'APPOINTMENT_REMINDER', 'APPOINTMENT_UPDATES', 'EMAIL', c.id,
                           c.email, 'de', '{"firstName":"' || c.first_name || '"}',
                           'Erinnerung: Ihr Termin am Montag, 30. November 2026 um 10:00 Uhr',
                           'Hallo ' || c.first_name || E',\\n\\nwir erinnern Sie an Ihren Termin „Porträt“ am Montag, '
                               || E'30. November 2026 um 10:00 Uhr.\\n\\nBis bald!\\nStudio %1$s',
                           E'<!DOCTYPE html>\\n<html><body>\\n<p>Hallo ' || c.first_name || E',</p>\\n<p>wir erinnern Sie '
                               || 'an Ihren Termin „Porträt“ am Montag, 30. November 2026 um 10:00 Uhr.</p>'
                               || E'\\n<p>Bis bald!<br>\\nStudio %1$s</p>\\n</body></html>',
                           false, 'QUEUED', now() + interval '10 years', 'bench', now()
                    from client c where c.id > 2000000000""".formatted(slug));
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("analyze " + schema + ".outbox_message");
        }
    }

    private void runOutboxJob() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api + "/operator/jobs/outbox"))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("outbox job: " + response.statusCode() + " " + response.body());
        }
    }

    /** Every one of a sample of recipients got exactly one mail. */
    private void checkArrivedOnce(Connection db, List<String> slugs) throws Exception {
        Random random = new Random(42);
        int checked = 0;
        for (int i = 0; i < 100; i++) {
            String slug = slugs.get(random.nextInt(slugs.size()));
            String address = "c" + (1 + random.nextInt(perTenant)) + "@" + slug + ".bench.example";
            HttpResponse<String> inbox = send(HttpRequest.newBuilder(URI.create(mailApi + "/api/user/"
                    + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")).GET().build());
            int mails = inbox.statusCode() == 200 ? inbox.body().split("\"mimeMessage\"", -1).length - 1 : 0;
            if (mails != 1) {
                throw new IllegalStateException(address + " received " + mails + " mails, expected exactly one");
            }
            checked++;
        }
        System.out.printf("  %d sampled recipients got exactly one mail each%n", checked);
    }

    private record Mail(String from, String to, String subject, String text, String html) {
    }

    private List<Mail> load(Connection db, List<String> slugs) throws SQLException {
        List<Mail> mails = new ArrayList<>();
        try (Statement sql = db.createStatement()) {
            for (String slug : slugs) {
                try (ResultSet rows = sql.executeQuery("select recipient, subject, body_text, body_html from "
                        + schema(slug) + ".outbox_message where idempotency_key like 'bench:%' order by id")) {
                    while (rows.next()) {
                        mails.add(new Mail("Studio " + slug, rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4)));
                    }
                }
            }
        }
        return mails;
    }

    /** The same MIME structure the application sends, over one connection, as fast as the server takes it. */
    private double plainLoop(List<Mail> mails) throws MessagingException, UnsupportedEncodingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", env("SMTP_PORT"));
        Session session = Session.getInstance(properties);
        long started = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (Mail mail : mails) {
                MimeMessage mime = new MimeMessage(session);
                mime.setFrom(new InternetAddress("no-reply@stammkunde.local", mail.from(), "UTF-8"));
                mime.setRecipients(Message.RecipientType.TO, new InternetAddress[]{new InternetAddress(mail.to())});
                mime.setSubject(mail.subject(), "UTF-8");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.text(), "UTF-8", "plain");
                MimeBodyPart html = new MimeBodyPart();
                html.setText(mail.html(), "UTF-8", "html");
                MimeMultipart alternatives = new MimeMultipart("alternative");
                alternatives.addBodyPart(text);
                alternatives.addBodyPart(html);
                mime.setContent(alternatives);
                mime.saveChanges();
                transport.sendMessage(mime, mime.getAllRecipients());
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private void purgeMail() throws Exception {
        HttpResponse<String> purged = send(HttpRequest.newBuilder(URI.create(mailApi + "/api/mail/purge"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (purged.statusCode() / 100 != 2) {
            throw new IllegalStateException("GreenMail purge: " + purged.statusCode() + " " + purged.body());
        }
    }

    private static void update(Connection db, List<String> slugs, String statement) throws SQLException {
        try (Statement sql = db.createStatement()) {
            for (String slug : slugs) {
                sql.executeUpdate(statement.formatted(schema(slug)));
            }
        }
    }

    private static long count(Connection db, List<String> slugs, String condition) throws SQLException {
        StringBuilder union = new StringBuilder("select sum(n) from (");
        for (int i = 0; i < slugs.size(); i++) {
            union.append(i == 0 ? "" : " union all ").append("select count(*) n from ").append(schema(slugs.get(i)))
                    .append(".outbox_message where idempotency_key like 'bench:%' and ").append(condition);
        }
        try (Statement sql = db.createStatement()) {
            return count(sql, union.append(") counts").toString());
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + env("STAMMKUNDE_DB_PORT") + "/"
                + env("STAMMKUNDE_DB_NAME"), env("STAMMKUNDE_DB_USER"), env("STAMMKUNDE_DB_PASSWORD"));
    }

    private static String schema(String slug) {
        return "t_" + slug.replace('-', '_');
    }

    private synchronized String token() throws Exception {
        if (token != null && System.currentTimeMillis() - tokenAt < 60_000) {
            return token;
        }
        String form = "grant_type=password&client_id=stammkunde-cli&username=operator&password=operator"
                + "&scope=openid%20organization";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(env("KEYCLOAK_URL") + "/realms/"
                        + env("KEYCLOAK_REALM") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher accessToken = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !accessToken.find()) {
            throw new IllegalStateException("no operator token: " + response.body());
        }
        token = accessToken.group(1);
        tokenAt = System.currentTimeMillis();
        return token;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; run bench/outbox/run");
        }
        return value;
    }
}
