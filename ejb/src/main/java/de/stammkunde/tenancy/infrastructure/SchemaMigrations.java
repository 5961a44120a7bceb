package de.stammkunde.tenancy.infrastructure;

import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;

/**
 * {@link TenantSchemas} on the server's migration pool, outside any JTA transaction (Flyway and
 * DDL must not run inside one).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrations {

    @Resource(lookup = "java:jboss/datasources/MigrationDS")
    DataSource migrationPool;

    private TenantSchemas schemas;

    @PostConstruct
    void init() {
        schemas = new TenantSchemas(migrationPool);
    }

    public String migratePlatform() {
        return schemas.migratePlatform();
    }

    public void createSchema(TenantSlug tenant) {
        schemas.createSchema(tenant);
    }

    public String migrateTenant(TenantSlug tenant) {
        return schemas.migrateTenant(tenant);
    }

    public void dropSchema(TenantSlug tenant) {
        schemas.dropSchema(tenant);
    }
}
