package de.stammkunde.shared.audit;

import java.util.function.Supplier;

/**
 * Who the current thread works for and under which request id, for the revision of every audited
 * change. Set like the tenant context, once per request or job, always restored.
 */
public final class AuditContext {

    /** The actor and the request id the current work belongs to. */
    public record Entry(Actor actor, String requestId) {
    }

    private static final ThreadLocal<Entry> CURRENT = new ThreadLocal<>();

    private AuditContext() {
    }

    public static <T> T runAs(Actor actor, String requestId, Supplier<T> work) {
        Entry previous = CURRENT.get();
        CURRENT.set(new Entry(actor, requestId));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The current entry; the system itself when no request or job set one. */
    public static Entry current() {
        Entry entry = CURRENT.get();
        return entry != null ? entry : new Entry(Actor.SYSTEM, null);
    }
}
