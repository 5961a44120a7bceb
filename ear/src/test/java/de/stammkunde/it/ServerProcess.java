package de.stammkunde.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The test run's WildFly as an operating-system process, for tests of what a crash leaves behind:
 * {@link #kill()} ends it without warning (SIGKILL, no shutdown hooks, no rollback by the server)
 * and {@link #restart()} starts it again with the same command line, environment and directory,
 * so it boots with the deployed EAR, and waits until the API answers. The restarted server is
 * stopped when the test JVM exits, and by {@code bin/platform stop test} through its pid file.
 */
public final class ServerProcess {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(5);

    private final List<String> command;
    private final Map<String, String> environment;
    private final Path directory;
    private final ProcessHandle handle;

    private ServerProcess(List<String> command, Map<String, String> environment, Path directory, ProcessHandle handle) {
        this.command = command;
        this.environment = environment;
        this.directory = directory;
        this.handle = handle;
    }

    /** The running WildFly of this test run: jboss-modules started with this run's port offset. */
    public static ServerProcess running() {
        String offset = "-Djboss.socket.binding.port-offset=" + System.getProperty("it.wildfly.port.offset");
        ProcessHandle server = ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(Arrays::asList).map(args -> args.contains(offset)
                        && args.stream().anyMatch(arg -> arg.endsWith("jboss-modules.jar"))).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no WildFly process with " + offset));
        List<String> command = new ArrayList<>();
        command.add(server.info().command().orElseThrow());
        command.addAll(Arrays.asList(server.info().arguments().orElseThrow()));
        Path proc = Path.of("/proc", String.valueOf(server.pid()));
        try {
            Map<String, String> environment = new LinkedHashMap<>();
            for (String variable : Files.readString(proc.resolve("environ"), StandardCharsets.UTF_8).split("\0")) {
                int equals = variable.indexOf('=');
                if (equals > 0) {
                    environment.put(variable.substring(0, equals), variable.substring(equals + 1));
                }
            }
            return new ServerProcess(command, environment, Files.readSymbolicLink(proc.resolve("cwd")), server);
        } catch (IOException e) {
            throw new IllegalStateException("the environment of WildFly " + server.pid() + " is unreadable", e);
        }
    }

    /** Ends the server at once, as a power cut or the OOM killer would, and waits until it is gone. */
    public void kill() {
        handle.destroyForcibly();
        handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** Starts the server again the same way and waits until its API is up. */
    public void restart() throws IOException, InterruptedException {
        Path state = Path.of(System.getProperty("jboss.home")).getParent();
        Path log = state.resolve("logs").resolve("wildfly-restarted.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        Path pids = state.resolve("pids");
        Files.createDirectories(pids);
        Files.writeString(pids.resolve("wildfly.pid"), process.pid() + "\n", StandardCharsets.UTF_8);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(TestPlatform.apiUrl() + "/health"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly ended while booting again, see " + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("WildFly did not come up again within " + BOOT_TIMEOUT + ", see " + log);
    }
}
