package de.stammkunde.tenancy.application;

import de.stammkunde.tenancy.domain.TenantSlug;
import de.stammkunde.tenancy.infrastructure.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings every schema to the newest version when the application starts: the platform registry
 * first, then each tenant on its own. A tenant whose migration fails is marked in the registry
 * and logged; the others go on.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class TenantMigrationsOnStartup {

    private static final Logger LOG = Logger.getLogger(TenantMigrationsOnStartup.class.getName());

    @Inject
    SchemaMigrations migrations;

    @Inject
    TenantRegistry registry;

    @PostConstruct
    void migrateAll() {
        String platformVersion = migrations.migratePlatform();
        LOG.info(() -> "Platform schema at version " + platformVersion);
        int failed = 0;
        var tenants = registry.migratable();
        for (TenantSlug tenant : tenants) {
            try {
                String version = migrations.migrateTenant(tenant);
                registry.recordMigration(tenant, version, null);
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.SEVERE, "Migration of tenant " + tenant + " failed; the other tenants go on", e);
                registry.recordMigration(tenant, null, e.getMessage());
            }
        }
        int total = tenants.size();
        int failures = failed;
        LOG.info(() -> "Migrated " + (total - failures) + " of " + total + " tenant schemas");
    }
}
