package org.bonemet.collection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The one way the service writes rows: plain JDBC statements on the caller's connection, inside its transaction
 * (a publication or a content release). Reads go through Panache entities; these are the writes.
 */
public final class Rows {

    private final Connection connection;

    public Rows(Connection connection) {
        this.connection = connection;
    }

    /** Runs a statement that returns nothing. */
    public void execute(String sql, Object... values) {
        try (PreparedStatement statement = prepare(sql, values)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Content write failed: " + e.getMessage(), e);
        }
    }

    /** Runs a statement that returns one id ({@code RETURNING id} or a single-column query); null when no row. */
    public Long id(String sql, Object... values) {
        try (PreparedStatement statement = prepare(sql, values); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("Content write failed: " + e.getMessage(), e);
        }
    }

    /** The connection, for reads that return more than one id. */
    public Connection connection() {
        return connection;
    }

    private PreparedStatement prepare(String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
        return statement;
    }
}
