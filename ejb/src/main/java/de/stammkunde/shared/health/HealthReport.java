package de.stammkunde.shared.health;

import java.util.Map;

/** The platform's health: UP when every check is UP. */
public record HealthReport(Status status, Map<String, Status> checks) {

    public enum Status { UP, DOWN }

    public HealthReport {
        checks = Map.copyOf(checks);
    }

    public static HealthReport of(Map<String, Status> checks) {
        Status overall = checks.values().stream().allMatch(Status.UP::equals) ? Status.UP : Status.DOWN;
        return new HealthReport(overall, checks);
    }

    public boolean up() {
        return status == Status.UP;
    }
}
