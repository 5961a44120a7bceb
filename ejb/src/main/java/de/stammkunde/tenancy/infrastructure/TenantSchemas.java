package de.stammkunde.tenancy.infrastructure;

import de.stammkunde.tenancy.domain.TenantSlug;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DDL of the platform: the registry schema, and each tenant's role and schema, migrated by Flyway
 * ({@code db/platform}, {@code db/tenant}). Works on a pool without JTA; every connection it takes
 * is reset first, and tenant migrations run as the tenant's role so that the role owns everything
 * in its schema. Plain Java, so that the benchmark drives exactly this code.
 */
public class TenantSchemas {

    public static final String PLATFORM_SCHEMA = "platform";

    private final DataSource migrationPool;

    public TenantSchemas(DataSource migrationPool) {
        this.migrationPool = migrationPool;
    }

    public String migratePlatform() {
        MigrateResult result = Flyway.configure(TenantSchemas.class.getClassLoader())
                .dataSource(new ResettingDataSource(migrationPool))
                .schemas(PLATFORM_SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/platform")
                .load()
                .migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    /** Creates the tenant's NOLOGIN role and its schema; safe to call again for an existing tenant. */
    public void createSchema(TenantSlug tenant) {
        String role = quoted(tenant.roleName());
        execute("""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                    CREATE ROLE %2$s NOLOGIN;
                  END IF;
                END $$;
                GRANT %2$s TO CURRENT_USER;
                CREATE SCHEMA IF NOT EXISTS %3$s AUTHORIZATION %2$s;
                REVOKE ALL ON SCHEMA %3$s FROM PUBLIC;
                """.formatted(tenant.roleName(), role, quoted(tenant.schemaName())));
    }

    /** Migrates the tenant's schema to the newest version; returns that version. */
    public String migrateTenant(TenantSlug tenant) {
        MigrateResult result = Flyway.configure(TenantSchemas.class.getClassLoader())
                .dataSource(new ResettingDataSource(migrationPool, tenant.roleName()))
                .schemas(tenant.schemaName())
                .createSchemas(false)
                .locations("classpath:db/tenant")
                .load()
                .migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    /** Removes a tenant's schema and role with everything in them: only for undoing a failed provisioning. */
    public void dropSchema(TenantSlug tenant) {
        execute("""
                DROP SCHEMA IF EXISTS %1$s CASCADE;
                DROP ROLE IF EXISTS %2$s;
                """.formatted(quoted(tenant.schemaName()), quoted(tenant.roleName())));
    }

    private void execute(String sql) {
        try (Connection connection = new ResettingDataSource(migrationPool).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SchemaChangeFailed(e);
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier + "\"";
    }

    /** The database refused a schema change. */
    public static class SchemaChangeFailed extends RuntimeException {
        public SchemaChangeFailed(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
