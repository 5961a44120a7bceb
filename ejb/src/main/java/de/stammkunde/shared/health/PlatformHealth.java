package de.stammkunde.shared.health;

import de.stammkunde.shared.health.HealthReport.Status;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Checks what the platform cannot work without. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformHealth {

    private static final Logger LOG = Logger.getLogger(PlatformHealth.class.getName());
    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/StammkundeDS")
    DataSource dataSource;

    public HealthReport check() {
        return HealthReport.of(Map.of("database", database()));
    }

    private Status database() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS) ? Status.UP : Status.DOWN;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Database health check failed", e);
            return Status.DOWN;
        }
    }
}
