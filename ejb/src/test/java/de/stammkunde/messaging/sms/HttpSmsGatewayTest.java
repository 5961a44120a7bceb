package de.stammkunde.messaging.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP gateway against a real HTTP server on the loopback interface, playing the SMS provider. */
class HttpSmsGatewayTest {

    private static final SmsMessage MESSAGE = new SmsMessage(new TenantSlug("studio-anna"), "+4915112345678",
            "Ihr Termin morgen um 10:00 – bis dann! €", "outbox-42");

    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer server;

    @AfterEach
    void stopServer() {
        released.countDown();
        if (server != null) {
            server.stop(0);
        }
        handlers.shutdownNow();
    }

    @Test
    void postsTheSmsAsJsonWithTokenAndIdempotencyKeyAndReturnsTheProvidersId() throws Exception {
        AtomicReference<HttpExchange> seen = new AtomicReference<>();
        AtomicReference<String> body = new AtomicReference<>();
        URI url = serve(exchange -> {
            seen.set(exchange);
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, 202, "{\"id\": \"msg-7781\", \"status\": \"queued\"}");
        });

        SmsReceipt receipt = gateway(url, Duration.ofSeconds(5)).send(MESSAGE);

        assertThat(receipt.providerId()).isEqualTo("msg-7781");
        HttpExchange request = seen.get();
        assertThat(request.getRequestMethod()).isEqualTo("POST");
        assertThat(request.getRequestURI().getPath()).isEqualTo("/v1/messages");
        assertThat(request.getRequestHeaders().getFirst("Authorization")).isEqualTo("Bearer test-token");
        assertThat(request.getRequestHeaders().getFirst("Idempotency-Key")).isEqualTo("studio-anna:outbox-42");
        assertThat(request.getRequestHeaders().getFirst("Content-Type")).startsWith("application/json");
        JsonObject json = Json.createReader(new StringReader(body.get())).readObject();
        assertThat(json.getString("to")).isEqualTo("+4915112345678");
        assertThat(json.getString("text")).isEqualTo("Ihr Termin morgen um 10:00 – bis dann! €");
        assertThat(json.getString("sender")).isEqualTo("Studio Anna");
        assertThat(json.getString("reference")).isEqualTo("outbox-42");
    }

    @Test
    void acceptsASuccessWithoutAnId() throws Exception {
        URI url = serve(exchange -> answer(exchange, 200, ""));

        assertThat(gateway(url, Duration.ofSeconds(5)).send(MESSAGE).providerId()).isNull();
    }

    @Test
    void aRefusalOfTheRequestIsPermanent() throws Exception {
        URI url = serve(exchange -> answer(exchange, 400, "{\"error\": \"invalid number\"}"));

        assertThatThrownBy(() -> gateway(url, Duration.ofSeconds(5)).send(MESSAGE))
                .isInstanceOfSatisfying(SmsNotAccepted.class, e -> assertThat(e.permanent()).isTrue())
                .hasMessageContaining("400")
                .hasMessageNotContaining("test-token");
    }

    @Test
    void anUnavailableGatewayIsTransient() throws Exception {
        URI url = serve(exchange -> answer(exchange, 503, "maintenance"));

        assertThatThrownBy(() -> gateway(url, Duration.ofSeconds(5)).send(MESSAGE))
                .isInstanceOfSatisfying(SmsNotAccepted.class, e -> assertThat(e.permanent()).isFalse())
                .hasMessageContaining("503");
    }

    @Test
    void tooManyRequestsIsTransient() throws Exception {
        URI url = serve(exchange -> answer(exchange, 429, ""));

        assertThatThrownBy(() -> gateway(url, Duration.ofSeconds(5)).send(MESSAGE))
                .isInstanceOfSatisfying(SmsNotAccepted.class, e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void aGatewayThatNeverAnswersIsTransientAfterTheTimeout() throws Exception {
        URI url = serve(exchange -> {
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long started = System.nanoTime();

        assertThatThrownBy(() -> gateway(url, Duration.ofMillis(300)).send(MESSAGE))
                .isInstanceOfSatisfying(SmsNotAccepted.class, e -> assertThat(e.permanent()).isFalse());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anUnreachableGatewayIsTransient() throws Exception {
        URI url = serve(exchange -> answer(exchange, 200, ""));
        server.stop(0);
        server = null;

        assertThatThrownBy(() -> gateway(url, Duration.ofSeconds(2)).send(MESSAGE))
                .isInstanceOfSatisfying(SmsNotAccepted.class, e -> assertThat(e.permanent()).isFalse());
    }

    private static HttpSmsGateway gateway(URI url, Duration timeout) {
        return new HttpSmsGateway(url, "test-token", "Studio Anna", timeout);
    }

    private URI serve(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/v1/messages", exchange -> {
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                + "/v1/messages");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }
}
