package de.stammkunde.it.appointment;

import de.stammkunde.it.Database;
import de.stammkunde.it.Tenants.TestTenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Gives a test tenant's owner another role in the registry, as an owner's role change would. */
final class Roles {

    private Roles() {
    }

    static void set(TestTenant tenant, String role) throws SQLException {
        try (Connection connection = Database.connect();
             PreparedStatement update = connection.prepareStatement("update platform.membership set role = ?"
                     + " where tenant_id = (select id from platform.tenant where slug = ?)")) {
            update.setString(1, role);
            update.setString(2, tenant.slug());
            update.executeUpdate();
        }
    }
}
