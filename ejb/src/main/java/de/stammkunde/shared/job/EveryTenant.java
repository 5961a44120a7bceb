package de.stammkunde.shared.job;

import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.tenancy.domain.TenantContext;
import de.stammkunde.tenancy.domain.TenantSlug;

import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Background work done tenant by tenant, as the system. */
public final class EveryTenant {

    private EveryTenant() {
    }

    /**
     * Runs {@code work} in each tenant's context as the system, each with a request id of its own;
     * one tenant's failure is logged ("{@code what} for the tenant failed") and the others go on.
     * Returns the sum of what the work counted.
     */
    public static int count(List<TenantSlug> tenants, Logger log, String what, ToIntFunction<TenantSlug> work) {
        int total = 0;
        for (TenantSlug tenant : tenants) {
            try {
                total += TenantContext.runAs(tenant, () -> AuditContext.runAs(Actor.SYSTEM,
                        UUID.randomUUID().toString(), () -> work.applyAsInt(tenant)));
            } catch (RuntimeException e) {
                log.log(Level.WARNING, what + " for " + tenant.value() + " failed; the other tenants go on", e);
            }
        }
        return total;
    }
}
