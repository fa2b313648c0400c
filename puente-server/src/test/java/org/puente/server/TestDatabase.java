package org.puente.server;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where integration tests keep their data: a private in-memory H2 database by default, or a
 * private schema on PostgreSQL with {@code -Ppostgres} (CI), so the same suite runs on both.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("puente.test.db", "h2"));
    }

    public static void register(DynamicPropertyRegistry registry) {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        // Each context its own verification journal: a directory is owned by one server at a time.
        registry.add("puente.verification.journal.dir",
                () -> Path.of("target", "test-journals", name).toAbsolutePath().toString());
        if (postgres()) {
            String url = System.getenv().getOrDefault("PUENTE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/puente_test");
            registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
            registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("PUENTE_TEST_DB_USER", "postgres"));
            registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("PUENTE_TEST_DB_PASSWORD", ""));
            registry.add("spring.flyway.schemas", () -> name);
            registry.add("spring.flyway.create-schemas", () -> "true");
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
    }
}
