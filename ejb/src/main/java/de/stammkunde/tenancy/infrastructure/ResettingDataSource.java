package de.stammkunde.tenancy.infrastructure;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * A view of a pool whose connections come back to their login role and default search path on
 * every checkout, whatever the previous user switched them to, and then optionally take a role of
 * their own (the tenant's, for its migrations).
 */
final class ResettingDataSource implements DataSource {

    private static final String RESET = "RESET ROLE; RESET search_path";

    private final DataSource pool;
    private final String onCheckout;

    ResettingDataSource(DataSource pool) {
        this.pool = pool;
        this.onCheckout = RESET;
    }

    /** Resets, then switches every connection to the given role. */
    ResettingDataSource(DataSource pool, String role) {
        this.pool = pool;
        this.onCheckout = RESET + "; SET ROLE \"" + role + "\"";
    }

    @Override
    public Connection getConnection() throws SQLException {
        return prepare(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return prepare(pool.getConnection(username, password));
    }

    private Connection prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(onCheckout);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return pool.isWrapperFor(iface);
    }
}
