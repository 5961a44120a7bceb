package de.stammkunde.shared.audit;

import de.stammkunde.shared.context.ThreadScope;

import java.util.function.Supplier;

/**
 * Who the current thread works for and under which request id, for the revision of every audited
 * change. Set like the tenant context, once per request or job, always restored.
 */
public final class AuditContext {

    /** The actor and the request id the current work belongs to. */
    public record Entry(Actor actor, String requestId) {
    }

    private static final ThreadScope<Entry> SCOPE = new ThreadScope<>();

    private AuditContext() {
    }

    public static <T> T runAs(Actor actor, String requestId, Supplier<T> work) {
        return SCOPE.runAs(new Entry(actor, requestId), work);
    }

    /** The current entry; the system itself when no request or job set one. */
    public static Entry current() {
        return SCOPE.current().orElse(new Entry(Actor.SYSTEM, null));
    }
}
