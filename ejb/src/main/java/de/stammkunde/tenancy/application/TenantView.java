package de.stammkunde.tenancy.application;

import de.stammkunde.tenancy.domain.Tenant;

import java.time.Instant;

/** A tenant as operators see it, with the state of its schema. */
public record TenantView(String slug, String name, String status, String schemaName, String schemaVersion,
                         String migrationError, String locale, String timeZone, Instant createdAt) {

    static TenantView of(Tenant tenant) {
        return new TenantView(tenant.slug().value(), tenant.name(), tenant.status().name(), tenant.schemaName(),
                tenant.schemaVersion(), tenant.migrationError(), tenant.locale().toLanguageTag(),
                tenant.timeZone().getId(), tenant.createdAt());
    }
}
