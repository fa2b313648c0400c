package org.puente.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.server.Api;
import org.puente.server.ServerProcess;
import org.puente.server.register.TestPeople;

/** The restore drill: back up a running server's embedded database, restore it elsewhere, find the data. */
class BackupRestoreIntegrationTests {

    @TempDir
    Path work;

    @Test
    void aBackupTakenWhileServingRestoresEveryRegisteredPerson() throws Exception {
        Path live = work.resolve("live");
        Map<String, String> environment = new HashMap<>(Map.of("PUENTE_DATA_DIR", live.toString()));
        Path zip = work.resolve("backup.zip");
        String id;
        try (ServerProcess server = ServerProcess.start(environment, List.of(), work.resolve("server.log"))) {
            var reply = Api.as(server.port(), "registrar").post("/api/v1/people",
                    TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber()));
            id = reply.json().get("id").asString();
            // Online: the backup connects to the running server's database.
            try (var connection = DriverManager.getConnection("jdbc:h2:file:" + live.resolve("puente")
                    + EmbeddedBackup.SETTINGS + ";AUTO_SERVER=TRUE", "sa", ""); var backup = connection.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, zip.toString());
                backup.execute();
            }
        }

        Path restored = work.resolve("restored");
        EmbeddedBackup.restore(zip, restored);

        try (var connection = EmbeddedBackup.open(restored);
             var query = connection.prepareStatement("select count(*) from person where id = cast(? as uuid)")) {
            query.setString(1, id);
            var rows = query.executeQuery();
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void restoringOverAnExistingDatabaseKeepsTheOldOneAside() throws Exception {
        Path dir = work.resolve("db");
        try (var connection = EmbeddedBackup.open(dir); var statement = connection.createStatement()) {
            statement.execute("create table marker (v int)");
            statement.execute("BACKUP TO '" + work.resolve("one.zip") + "'");
        }

        Path aside = EmbeddedBackup.restore(work.resolve("one.zip"), dir);

        assertThat(aside).exists();
    }
}
