package de.stammkunde.messaging.application;

import de.stammkunde.tenancy.application.TenantRegistry;
import de.stammkunde.tenancy.application.TenantView;
import de.stammkunde.tenancy.domain.TenantContext;
import de.stammkunde.tenancy.domain.TenantSlug;
import de.stammkunde.tenancy.domain.TenantStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;

/**
 * What messages need to know of the business from the platform registry: its name (sender and
 * {{businessName}}) and time zone. Read in a transaction of its own, so a tenant transaction never
 * enlists the platform database as a second resource.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TenantFacts {

    @Inject
    TenantRegistry registry;

    public String name() {
        return view(TenantContext.require()).name();
    }

    /** The business's language for texts it writes itself (ledger entries, staff emails): en or de. */
    public String language() {
        String locale = view(TenantContext.require()).locale();
        return locale != null && locale.startsWith("en") ? "en" : "de";
    }

    public ZoneId zone() {
        return ZoneId.of(view(TenantContext.require()).timeZone());
    }

    /** A tenant's name and zone change rarely: each is read at most once a minute per tenant. */
    private static final Duration FRESH = Duration.ofMinutes(1);
    private static final Map<TenantSlug, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(TenantView view, Instant readAt) {
    }

    public TenantView view(TenantSlug slug) {
        Cached cached = CACHE.get(slug);
        if (cached != null && cached.readAt().plus(FRESH).isAfter(Instant.now())) {
            return cached.view();
        }
        TenantView view = registry.view(slug);
        CACHE.put(slug, new Cached(view, Instant.now()));
        return view;
    }

    /** The tenants whose messages go out now. */
    public List<TenantSlug> active() {
        return registry.list().stream()
                .filter(tenant -> TenantStatus.ACTIVE.name().equals(tenant.status()))
                .map(tenant -> new TenantSlug(tenant.slug()))
                .toList();
    }
}
