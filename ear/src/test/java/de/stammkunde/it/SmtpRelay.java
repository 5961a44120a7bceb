package de.stammkunde.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between WildFly's mail session and GreenMail, started once per test run: WildFly
 * sends to the relay's port, the relay forwards to GreenMail. Tests switch it {@link #down()} to
 * see the outbox cope with an SMTP server that is away, and {@link #up()} again.
 */
public final class SmtpRelay {

    private static final SmtpRelay INSTANCE = new SmtpRelay();

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean down;
    private volatile boolean started;

    private SmtpRelay() {
    }

    /** Starts the relay unless it runs already. */
    public static synchronized void ensureStarted() {
        if (!INSTANCE.started) {
            INSTANCE.start(Integer.parseInt(required("it.smtp.relay.port")), Integer.parseInt(required("it.smtp.port")));
        }
    }

    /** From now on every connection is refused, and open ones are cut. */
    public static void down() {
        ensureStarted();
        INSTANCE.down = true;
        INSTANCE.open.forEach(SmtpRelay::close);
    }

    public static void up() {
        ensureStarted();
        INSTANCE.down = false;
    }

    private void start(int port, int target) {
        ServerSocket server;
        try {
            server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("SMTP relay cannot listen on " + port, e);
        }
        started = true;
        Thread acceptor = new Thread(() -> {
            while (true) {
                try {
                    Socket client = server.accept();
                    if (down) {
                        close(client);
                        continue;
                    }
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // one failed connection; keep accepting
                }
            }
        }, "smtp-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side closed
            } finally {
                close(from);
                close(to);
            }
        }, "smtp-relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(Socket socket) {
        INSTANCE.open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // closed either way
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests with mvn verify");
        }
        return value;
    }
}
