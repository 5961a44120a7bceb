package de.stammkunde.tenancy.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Brings every schema to the newest version when the application starts: the platform registry
 * first, then each tenant on its own (see {@link TenantMigrations}).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class TenantMigrationsOnStartup {

    private static final Logger LOG = Logger.getLogger(TenantMigrationsOnStartup.class.getName());

    @Inject
    TenantMigrations migrations;

    @PostConstruct
    void migrateAll() {
        String platformVersion = migrations.migratePlatform();
        LOG.info(() -> "Platform schema at version " + platformVersion);
        migrations.migrateAll();
    }
}
