package org.puente.server.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;

import org.h2.tools.Restore;

/**
 * Restores a backup of the embedded H2 database (made online by {@link BackupCommand} with
 * {@code BACKUP TO}) into a data directory while the server is stopped.
 */
public final class EmbeddedBackup {

    static final String DATABASE = "puente";
    /** The settings the database was created with (application.yml); opening it needs the same. */
    static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private EmbeddedBackup() {
    }

    /**
     * Restores a backup into the data directory. An existing database is kept beside it
     * ({@code puente.mv.db.before-restore-<time>}), never overwritten.
     */
    public static Path restore(Path zip, Path dataDir) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("no backup file at " + zip);
        }
        Files.createDirectories(dataDir);
        Path current = dataDir.resolve(DATABASE + ".mv.db");
        Path keptAside = null;
        if (Files.exists(current)) {
            keptAside = dataDir.resolve(DATABASE + ".mv.db.before-restore-" + Instant.now().getEpochSecond());
            Files.move(current, keptAside, StandardCopyOption.ATOMIC_MOVE);
        }
        Restore.execute(zip.toAbsolutePath().toString(), dataDir.toAbsolutePath().toString(), DATABASE);
        if (!Files.exists(current)) {
            if (keptAside != null) {
                Files.move(keptAside, current);
            }
            throw new IllegalArgumentException(zip + " holds no Puente database");
        }
        return keptAside;
    }

    static Connection open(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve(DATABASE).toAbsolutePath() + SETTINGS,
                "sa", "");
    }
}
