package de.stammkunde.messaging.application;

/** What one dispatch run did. */
public record DispatchReport(int tenants, int sent, int retried, int failed, int dead, int suppressed,
                             int interrupted) {

    public static final DispatchReport NOTHING = new DispatchReport(0, 0, 0, 0, 0, 0, 0);

    public DispatchReport plus(DispatchReport other) {
        return new DispatchReport(tenants + other.tenants, sent + other.sent, retried + other.retried,
                failed + other.failed, dead + other.dead, suppressed + other.suppressed,
                interrupted + other.interrupted);
    }
}
