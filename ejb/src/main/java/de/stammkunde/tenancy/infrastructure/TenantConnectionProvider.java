package de.stammkunde.tenancy.infrastructure;

import de.stammkunde.tenancy.domain.TenantSlug;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Hands Hibernate connections of the tenant pool switched to the tenant's role and schema. The
 * switch happens on every checkout, so whatever an earlier user left on a pooled connection never
 * reaches this tenant's work; the role makes the database itself refuse any other tenant's schema.
 * Hibernate instantiates this class by reflection; it is not a CDI bean.
 */
public class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    static final String DATASOURCE = "java:jboss/datasources/StammkundeDS";

    private volatile DataSource dataSource;

    @Override
    public Connection getAnyConnection() throws SQLException {
        return dataSource().getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        TenantSlug tenant = new TenantSlug(tenantIdentifier);
        Connection connection = dataSource().getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute(switchTo(tenant));
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    static String switchTo(TenantSlug tenant) {
        return "SET ROLE \"" + tenant.roleName() + "\"; SET search_path TO \"" + tenant.schemaName() + "\"";
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isAssignableFrom(getClass());
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        if (isUnwrappableAs(unwrapType)) {
            return unwrapType.cast(this);
        }
        throw new IllegalArgumentException("Cannot unwrap " + getClass().getName() + " as " + unwrapType.getName());
    }

    private DataSource dataSource() throws SQLException {
        DataSource current = dataSource;
        if (current == null) {
            try {
                current = (DataSource) new InitialContext().lookup(DATASOURCE);
            } catch (NamingException e) {
                throw new SQLException("Tenant datasource " + DATASOURCE + " not found", e);
            }
            dataSource = current;
        }
        return current;
    }
}
