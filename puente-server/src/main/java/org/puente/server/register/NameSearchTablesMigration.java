package org.puente.server.register;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 6, in Java because foreign keys have generated names that differ between H2 and
 * PostgreSQL (see docs/decisions/0007):
 * <ul>
 * <li>drops the name-search postings ({@code person_name_token}, {@code name_token}): name search
 * runs on each instance's in-memory index only, so they were written and never read;</li>
 * <li>drops the per-row foreign-key checks from {@code identity_document} and
 * {@code migration_status} to {@code person}. Only the register writes these rows, always with
 * their person in the same transaction and never deleting anyone; the check cost more than half
 * of a bulk import's database time.</li>
 * </ul>
 * Spring Boot hands {@code JavaMigration} beans to Flyway.
 */
@Component
class NameSearchTablesMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "drop name postings and per-row person checks";
    }

    @Override
    public Integer getChecksum() {
        return 6;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("identity_document", "migration_status")) {
                for (String constraint : foreignKeys(connection, table)) {
                    statement.execute("alter table " + table + " drop constraint \"" + constraint + "\"");
                }
            }
            statement.execute("drop table person_name_token");
            statement.execute("drop table name_token");
        }
    }

    private static List<String> foreignKeys(Connection connection, String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet keys = connection.getMetaData().getImportedKeys(connection.getCatalog(), connection.getSchema(),
                table)) {
            while (keys.next()) {
                if ("person".equalsIgnoreCase(keys.getString("PKTABLE_NAME")) && !names.contains(keys.getString("FK_NAME"))) {
                    names.add(keys.getString("FK_NAME"));
                }
            }
        }
        return names;
    }
}
