package de.stammkunde.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The test run's PostgreSQL, reached directly with the application's login role: for facts a
 * user cannot see through the API, such as where audit rows land or what the database refuses.
 */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestPlatform.databaseUrl(), "stammkunde", "stammkunde");
    }

    public static long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
