package org.puente.server.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many rows into one table inside the current transaction: PostgreSQL's binary
 * {@code COPY} where available (several times faster than batched inserts, and the server parses
 * no text), a JDBC batch elsewhere (H2).
 * Values may be null, strings, numbers, booleans, UUIDs, dates, instants or timestamps.
 */
@Component
public class BulkWriter {

    private static final int COPY_THRESHOLD = 50;

    private final DataSource dataSource;
    private final JdbcTemplate template;
    private volatile Boolean postgres;
    private final java.util.Map<String, java.util.Map<String, BinaryCopy.Type>> columnTypes =
            new java.util.concurrent.ConcurrentHashMap<>();

    BulkWriter(DataSource dataSource, JdbcTemplate template) {
        this.dataSource = dataSource;
        this.template = template;
    }

    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // COPY pays off for many rows; a handful (one audit entry) goes faster as a plain insert.
        if (rows.size() >= COPY_THRESHOLD && isPostgres()) {
            copy(table, columns, rows);
        } else {
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            template.batchUpdate(sql, rows, rows.size(), (ps, row) -> {
                for (int i = 0; i < row.length; i++) {
                    Object value = row[i] instanceof Instant instant ? Timestamp.from(instant) : row[i];
                    ps.setObject(i + 1, value);
                }
            });
        }
    }

    private void copy(String table, List<String> columns, List<Object[]> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            BinaryCopy.Type[] types = types(connection, table, columns);
            byte[] data = BinaryCopy.encode(types, rows);
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format binary)",
                    new java.io.ByteArrayInputStream(data));
        } catch (SQLException e) {
            throw new IllegalStateException("bulk copy into " + table + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Column types, read once per table from the database's own catalogue. */
    private BinaryCopy.Type[] types(Connection connection, String table, List<String> columns) throws SQLException {
        java.util.Map<String, BinaryCopy.Type> known = columnTypes.get(table);
        if (known == null) {
            known = new java.util.HashMap<>();
            try (java.sql.ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), table, null)) {
                while (rs.next()) {
                    known.put(rs.getString("COLUMN_NAME"), BinaryCopy.Type.of(rs.getString("TYPE_NAME")));
                }
            }
            columnTypes.put(table, known);
        }
        BinaryCopy.Type[] types = new BinaryCopy.Type[columns.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = known.get(columns.get(i));
            if (types[i] == null) {
                throw new IllegalStateException("unknown column " + table + "." + columns.get(i));
            }
        }
        return types;
    }

    /**
     * Refreshes the planner's statistics of tables after a bulk load. PostgreSQL's autovacuum
     * would do it eventually (if enabled); until then the planner thinks the tables small and
     * picks full scans for range queries on them.
     */
    public void analyze(List<String> tables) {
        if (isPostgres()) {
            template.execute("analyze " + String.join(", ", tables));
        } else {
            template.execute("analyze");
        }
    }

    /** Whether the database is PostgreSQL (else H2). */
    public boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            String product = template.execute(
                    (org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            known = product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
            postgres = known;
        }
        return known;
    }
}
