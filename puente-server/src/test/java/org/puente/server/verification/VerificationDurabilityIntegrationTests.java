package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.puente.server.Api;
import org.puente.server.ServerProcess;
import org.puente.server.TestDatabase;

/**
 * Every verification reference a client received is in the log after the server is killed with
 * {@code kill -9} in the middle of a load and started again: a reference is only given out once its
 * record is synced to the journal, and a start stores what the journal holds.
 */
class VerificationDurabilityIntegrationTests {

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "journal synced: {0}")
    @ValueSource(strings = {"interval", "always"})
    void everyAcknowledgedVerificationSurvivesAServerKilledUnderLoad(String sync) throws Exception {
        Map<String, String> environment = new HashMap<>();
        List<String> arguments = new ArrayList<>();
        String jdbcUrl;
        String schema = null;
        if (TestDatabase.postgres()) {
            schema = "verify_kill_" + UUID.randomUUID().toString().substring(0, 8);
            String url = System.getenv().getOrDefault("PUENTE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/puente_test");
            jdbcUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            environment.put("PUENTE_DB_URL", jdbcUrl);
            environment.put("PUENTE_DB_USER", System.getenv().getOrDefault("PUENTE_TEST_DB_USER", "postgres"));
            arguments.add("--spring.flyway.schemas=" + schema);
            arguments.add("--spring.flyway.create-schemas=true");
        } else {
            environment.put("PUENTE_DATA_DIR", dataDir.toString());
            jdbcUrl = "jdbc:h2:file:" + dataDir + "/puente;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        }
        // Records reach the table only once before the kill, so most are in the journal's files.
        arguments.add("--puente.verification.journal.store-every=10m");
        arguments.add("--puente.verification.journal.sync=" + sync);
        environment.put("PUENTE_VERIFICATION_DEMO_RATE", "100000");
        environment.put("PUENTE_VERIFICATION_MISSES_PER_MINUTE", "1000000");
        Path log = dataDir.resolve("server.log");
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        String number = org.puente.server.register.TestPeople.uniqueNumber();

        try (ServerProcess server = ServerProcess.start(environment, arguments, log)) {
            Api registrar = Api.as(server.port(), "registrar");
            assertThat(registrar.post("/api/v1/people", org.puente.server.register.TestPeople
                    .aVenezuelanAdultWithCpp(number)).status()).isEqualTo(201);
            Api employer = Api.anonymous(server.port()).header("Authorization", "Bearer demo-employer-key");
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                int client = c;
                clients.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String body = i % 2 == 0 ? DemoDocuments.request("CPP", number, "1992-03-14")
                                : DemoDocuments.request("CPP", String.valueOf(100_700_000 + client * 100_000 + i), "1990-01-01");
                        try {
                            var reply = employer.post("/api/v1/verifications", body);
                            if (reply.status() == 200) {
                                acknowledged.add(reply.json().get("reference").asString());
                            }
                        } catch (RuntimeException refused) {
                            return; // the server is gone
                        }
                    }
                }));
            }
            long deadline = System.currentTimeMillis() + 20_000;
            while (acknowledged.size() < 300 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            server.kill(); // while the clients are still sending
            stop.set(true);
            for (Thread t : clients) {
                t.join(10_000);
            }
        }
        // The records synced to the journal's files but not yet in the database are stored when the
        // server starts again, before it takes requests.
        try (ServerProcess restarted = ServerProcess.start(environment, arguments, log)) {
            assertThat(Files.readString(log)).contains("records of an earlier run stored");
        }

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(300);
        Set<String> recorded = new HashSet<>();
        String user = TestDatabase.postgres() ? System.getenv().getOrDefault("PUENTE_TEST_DB_USER", "postgres") : "sa";
        String password = TestDatabase.postgres() ? System.getenv().getOrDefault("PUENTE_TEST_DB_PASSWORD", "") : "";
        try (var db = DriverManager.getConnection(jdbcUrl, user, password);
             var rows = db.createStatement().executeQuery("select reference from verification_record")) {
            while (rows.next()) {
                recorded.add(rows.getString(1));
            }
        }
        assertThat(recorded).containsAll(acknowledged);
        assertThat(Files.readString(log)).as("no personal data in the server's log").doesNotContain(number);
    }
}
