package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.server.Api;
import org.puente.server.ServerProcess;
import org.puente.server.TestDatabase;

/**
 * A registration acknowledged to the client survives {@code kill -9} of the server, with the
 * database settings Puente ships with (H2 file under the data directory, or PostgreSQL).
 */
class DurabilityIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedRegistrationSurvivesAKilledServer() throws Exception {
        Map<String, String> environment = new HashMap<>();
        List<String> arguments = new ArrayList<>();
        if (TestDatabase.postgres()) {
            String schema = "durability_" + UUID.randomUUID().toString().substring(0, 8);
            String url = System.getenv().getOrDefault("PUENTE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/puente_test");
            environment.put("PUENTE_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            environment.put("PUENTE_DB_USER", System.getenv().getOrDefault("PUENTE_TEST_DB_USER", "postgres"));
            arguments.add("--spring.flyway.schemas=" + schema);
            arguments.add("--spring.flyway.create-schemas=true");
        } else {
            environment.put("PUENTE_DATA_DIR", dataDir.toString());
        }
        Path log = dataDir.resolve("server.log");
        List<String> acknowledged = new ArrayList<>();

        try (ServerProcess server = ServerProcess.start(environment, arguments, log)) {
            Api registrar = Api.as(server.port(), "registrar");
            for (int i = 0; i < 25; i++) {
                var reply = registrar.post("/api/v1/people", TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber()));
                assertThat(reply.status()).as(reply.body()).isEqualTo(201);
                acknowledged.add(reply.json().get("id").asString());
            }
            server.kill();
        }

        try (ServerProcess restarted = ServerProcess.start(environment, arguments, log)) {
            Api registrar = Api.as(restarted.port(), "registrar");
            for (String id : acknowledged) {
                assertThat(registrar.get("/api/v1/people/" + id).status()).as("person " + id).isEqualTo(200);
            }
        }
        assertThat(Files.readString(log)).as("no personal data in the server's log").doesNotContain("González");
    }
}
