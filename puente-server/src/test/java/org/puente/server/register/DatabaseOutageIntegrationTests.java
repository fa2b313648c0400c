package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.puente.server.Api;
import org.puente.server.IntegrationTest;
import org.puente.server.TestDatabase;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * While PostgreSQL is down the server keeps answering, with 503 on what needs the database (and
 * verifications for relying parties whose key it checked a moment ago), and recovers by itself
 * when it is back. Stops the machine's PostgreSQL cluster, so it runs only
 * when asked ({@code -Dpuente.test.pg-restart=true}, as CI does).
 */
@IntegrationTest
class DatabaseOutageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void answers503WhilePostgresIsDownAndRecoversByItself() throws Exception {
        assumeTrue(TestDatabase.postgres() && Boolean.getBoolean("puente.test.pg-restart"),
                "needs -Ppostgres -Dpuente.test.pg-restart=true");
        Api registrar = Api.as(port, "registrar");
        assertThat(registrar.post("/api/v1/people", TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber())).status())
                .isEqualTo(201);

        String document = "{\"documentType\":\"CPP\",\"documentNumber\":\"100000001\",\"birthDate\":\"1992-03-14\"}";
        Api employer = Api.anonymous(port).header("Authorization", "Bearer demo-employer-key");
        assertThat(employer.post("/api/v1/verifications", document).status()).isEqualTo(200);

        cluster("stop");
        try {
            // Verification answers from memory and journals locally: a key checked a moment ago keeps
            // working; a key that cannot be checked gets 503, not 500.
            var verified = employer.post("/api/v1/verifications", document);
            assertThat(verified.status()).as(verified.body()).isEqualTo(200);
            var unchecked = Api.anonymous(port).header("Authorization", "Bearer not-a-key")
                    .post("/api/v1/verifications", document);
            assertThat(unchecked.status()).as(unchecked.body()).isEqualTo(503);
            assertThat(unchecked.contentType()).startsWith("application/problem+json");
            assertThat(unchecked.header("Retry-After")).isNotBlank();

            var during = registrar.post("/api/v1/people", TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber()));
            assertThat(during.status()).as(during.body()).isEqualTo(503);
            assertThat(during.contentType()).startsWith("application/problem+json");
            assertThat(during.header("Retry-After")).isNotBlank();
            assertThat(Api.anonymous(port).get("/actuator/health").status()).isEqualTo(503);
        } finally {
            cluster("start");
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 201) {
            status = registrar.post("/api/v1/people", TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber())).status();
            if (status != 201) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("registration after PostgreSQL came back").isEqualTo(201);
    }

    private static void cluster(String action) throws Exception {
        String version;
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Process process = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
                .inheritIO().start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("pg_ctlcluster " + action).isZero();
    }
}
