package de.stammkunde.tenancy.domain;

import de.stammkunde.shared.context.ThreadScope;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant whose data the current thread works on. The only way to set it is
 * {@link #runAs(TenantSlug, Supplier)}, which always restores what was there before; a request
 * filter sets it once per request, every job once per tenant.
 */
public final class TenantContext {

    private static final ThreadScope<TenantSlug> SCOPE = new ThreadScope<>();

    private TenantContext() {
    }

    public static <T> T runAs(TenantSlug tenant, Supplier<T> work) {
        return SCOPE.runAs(tenant, work);
    }

    public static void runAs(TenantSlug tenant, Runnable work) {
        runAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    public static Optional<TenantSlug> current() {
        return SCOPE.current();
    }

    public static TenantSlug require() {
        return current().orElseThrow(() -> new IllegalStateException("No tenant in context"));
    }
}
