package de.stammkunde.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's own time per request, from the Undertow access log that bench/clients/access-log.cli
 * switches on in bench mode. Each line starts with the request's label (the header the benchmark
 * sends), the status and the time from the first byte read to the last byte written, in
 * microseconds: the server's time without the client's part of the loopback round trip.
 */
final class AccessLog {

    static final String LABEL_HEADER = "X-Bench-Request";

    private static final long WAIT_MILLIS = 5000;

    private final Path file;

    AccessLog(Path file) {
        this.file = file;
    }

    /** The server's milliseconds for each label, in order; empty when the log does not have them all. */
    Optional<double[]> millis(List<String> labels) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;   // Undertow writes the log asynchronously
        while (true) {
            Map<String, Double> logged = read();
            if (logged.keySet().containsAll(labels)) {
                return Optional.of(labels.stream().mapToDouble(logged::get).toArray());
            }
            if (System.currentTimeMillis() > deadline) {
                return Optional.empty();
            }
            pause();
        }
    }

    private Map<String, Double> read() {
        Map<String, Double> logged = new HashMap<>();
        if (!Files.isReadable(file)) {
            return logged;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split(" ", 4);
                if (fields.length >= 3 && !"-".equals(fields[0])) {
                    logged.put(fields[0], Long.parseLong(fields[2]) / 1000.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return logged;
        }
        return logged;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
