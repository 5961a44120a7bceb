package de.stammkunde.bench;

import de.stammkunde.tenancy.domain.TenantSlug;
import de.stammkunde.tenancy.infrastructure.TenantSchemas;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tenant provisioning and migration, measured on the code the server runs ({@link TenantSchemas}):
 * create + migrate N tenant schemas, then a migrate-all that has nothing to do, then the same DDL
 * as plain SQL for comparison. Prints each figure and the ratio it is judged by.
 */
public final class TenantsBenchmark {

    private static final double TARGET_MS_PER_TENANT = 300;
    private static final int TARGET_TENANTS = 2000;
    private static final double TARGET_MIGRATE_ALL_SECONDS = 120;

    private TenantsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int baselineTenants = Math.max(10, tenants / 4);
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(System.getProperty("bench.db.url", "jdbc:postgresql://localhost:35432/stammkunde"));
        database.setUser("stammkunde");
        database.setPassword("stammkunde");
        TenantSchemas schemas = new TenantSchemas(database);

        schemas.migratePlatform();
        String run = Long.toString(System.currentTimeMillis() % 100000, 36);

        long[] provisionNanos = new long[tenants];
        List<TenantSlug> slugs = new ArrayList<>();
        for (int i = 0; i < tenants; i++) {
            TenantSlug slug = new TenantSlug("bench" + run + "-" + i);
            long start = System.nanoTime();
            schemas.createSchema(slug);
            schemas.migrateTenant(slug);
            provisionNanos[i] = System.nanoTime() - start;
            slugs.add(slug);
        }

        long migrateAllStart = System.nanoTime();
        for (TenantSlug slug : slugs) {
            schemas.migrateTenant(slug);
        }
        double migrateAllMs = millis(System.nanoTime() - migrateAllStart);

        String ddl = plainDdl(database, slugs.get(0));
        long ddlStart = System.nanoTime();
        for (int i = 0; i < baselineTenants; i++) {
            plainSql(database, new TenantSlug("plain" + run + "-" + i), ddl);
        }
        double ddlMsPerTenant = millis(System.nanoTime() - ddlStart) / baselineTenants;

        Arrays.sort(provisionNanos);
        double provisionMean = millis(Arrays.stream(provisionNanos).sum()) / tenants;
        double migrateAllPerTenant = migrateAllMs / tenants;
        double projectedMigrateAll = migrateAllPerTenant * TARGET_TENANTS / 1000;

        System.out.printf("tenants provisioned:                 %d%n", tenants);
        System.out.printf("create+migrate per tenant:           mean %.1f ms, p50 %.1f ms, p95 %.1f ms (target <= %.0f ms: %s)%n",
                provisionMean, millis(provisionNanos[tenants / 2]), millis(provisionNanos[(int) (tenants * 0.95)]),
                TARGET_MS_PER_TENANT, provisionMean <= TARGET_MS_PER_TENANT ? "met" : "MISSED");
        System.out.printf("no-op migrate-all:                   %.0f ms for %d tenants, %.2f ms per tenant%n",
                migrateAllMs, tenants, migrateAllPerTenant);
        System.out.printf("projected migrate-all of %d:       %.1f s (target <= %.0f s: %s)%n", TARGET_TENANTS,
                projectedMigrateAll, TARGET_MIGRATE_ALL_SECONDS,
                projectedMigrateAll <= TARGET_MIGRATE_ALL_SECONDS ? "met" : "MISSED");
        System.out.printf("plain SQL DDL per tenant:            %.1f ms (%d tenants)%n", ddlMsPerTenant, baselineTenants);
        System.out.printf("ratio migrate-all per tenant / plain DDL per tenant: %.2f%n", migrateAllPerTenant / ddlMsPerTenant);
        System.out.printf("ratio create+migrate per tenant / plain DDL per tenant: %.2f%n", provisionMean / ddlMsPerTenant);
    }

    /** The tenant migrations as one SQL text, in Flyway's order. */
    private static String plainDdl(PGSimpleDataSource database, TenantSlug migrated) throws IOException {
        StringBuilder sql = new StringBuilder();
        for (MigrationInfo migration : Flyway.configure(TenantsBenchmark.class.getClassLoader())
                .dataSource(database).schemas(migrated.schemaName())
                .locations("classpath:db/tenant").load().info().applied()) {
            try (InputStream script = TenantsBenchmark.class.getClassLoader()
                    .getResourceAsStream("db/tenant/" + migration.getScript())) {
                sql.append(new String(script.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return sql.toString();
    }

    private static void plainSql(PGSimpleDataSource database, TenantSlug slug, String ddl) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE \"" + slug.roleName() + "\" NOLOGIN; GRANT \"" + slug.roleName()
                    + "\" TO CURRENT_USER; CREATE SCHEMA \"" + slug.schemaName() + "\" AUTHORIZATION \""
                    + slug.roleName() + "\"; SET ROLE \"" + slug.roleName() + "\"; SET search_path TO \""
                    + slug.schemaName() + "\"");
            statement.execute(ddl);
        }
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
