package de.stammkunde.tenancy.application;

import de.stammkunde.tenancy.domain.TenantSlug;
import de.stammkunde.tenancy.infrastructure.SchemaMigrations;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Migrates tenant schemas to the newest version, each tenant on its own: a failure is recorded
 * in the registry and logged, and the other tenants go on. Used at start-up and by operators.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantMigrations {

    private static final Logger LOG = Logger.getLogger(TenantMigrations.class.getName());

    @Inject
    SchemaMigrations migrations;

    @Inject
    TenantRegistry registry;

    public String migratePlatform() {
        return migrations.migratePlatform();
    }

    public List<MigrationOutcome> migrateAll() {
        List<MigrationOutcome> outcomes = new ArrayList<>();
        for (TenantSlug tenant : registry.migratable()) {
            outcomes.add(migrate(tenant));
        }
        long failed = outcomes.stream().filter(MigrationOutcome::failed).count();
        LOG.info(() -> "Migrated " + (outcomes.size() - failed) + " of " + outcomes.size() + " tenant schemas");
        return outcomes;
    }

    public MigrationOutcome migrate(TenantSlug tenant) {
        registry.view(tenant);
        try {
            String version = migrations.migrateTenant(tenant);
            registry.recordMigration(tenant, version, null);
            return new MigrationOutcome(tenant.value(), version, null);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Migration of tenant " + tenant + " failed; the other tenants go on", e);
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            registry.recordMigration(tenant, null, error);
            return new MigrationOutcome(tenant.value(), registry.view(tenant).schemaVersion(), error);
        }
    }
}
