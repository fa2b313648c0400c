package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code puente import} in a child JVM, kills it (SIGKILL) once some batches have committed,
 * and runs it again: the register must then hold every row of the file exactly once.
 */
class InterruptedImportIntegrationTests {

    static final int ROWS = 30_000;

    @TempDir
    Path dir;

    @Test
    void anImportKilledPartWayAndRunAgainHoldsEveryRowExactlyOnce() throws Exception {
        Path csv = dir.resolve("people.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("record_id,given_names,first_surname,second_surname,sex,birth_date,nationality,document_type,"
                    + "document_number\n");
            for (int i = 0; i < ROWS; i++) {
                w.write("kill-" + i + ",José Gregorio,Hernández,Silva,M,1996-09-09,VEN,CPP," + (600_000_000 + i) + "\n");
            }
        }
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;AUTO_SERVER=TRUE";

        Process first = start(url, csv);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        long committed = 0;
        while (committed < 1_000 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            // IFEXISTS: never create the database ourselves, or the child would depend on this JVM's H2 server.
            committed = countWhileChildRuns(url + ";IFEXISTS=TRUE");
        }
        // H2 stores a commit a moment after other sessions see it: the rows of the last batches before
        // the kill may be lost with it, which is exactly what the re-run must make good.
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long beforeRerun = count(url, "select count(*) from person");
        assertThat(beforeRerun).as(() -> "killed before the end; child said: " + log()).isBetween(1L, ROWS - 1L);

        Process second = start(url, csv);
        assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();

        assertThat(second.exitValue()).as(this::log).isZero();
        assertThat(count(url, "select count(*) from person")).isEqualTo(ROWS);
        assertThat(count(url, "select count(distinct source_record_id) from person")).isEqualTo(ROWS);
        assertThat(count(url, "select count(*) from identity_document")).isEqualTo(ROWS);
        assertThat(count(url, "select count(*) from audit_entry where action = 'PERSON_IMPORTED'")).isEqualTo(ROWS);
        assertThat(count(url, "select max(rows_skipped) from import_job")).isEqualTo(beforeRerun);
    }

    private String log() {
        try {
            String text = Files.readString(dir.resolve("child.log"));
            return text.substring(Math.max(0, text.length() - 3000));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private Process start(String url, Path csv) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.puente.server.PuenteServer", "import", "--input", csv.toString(),
                "--puente.import.batch-size=250"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        builder.environment().put("PUENTE_DB_URL", url);
        builder.environment().put("PUENTE_DATA_DIR", dir.toString());
        return builder.start();
    }

    /**
     * Counts the people while the child owns the database. Through AUTO_SERVER a connection made
     * while the child is still opening the database (or hands it over) can fail inside H2 itself,
     * e.g. with a NullPointerException on a database not yet set: that is "not yet", and the loop
     * asks again until its deadline.
     */
    private static long countWhileChildRuns(String url) {
        try {
            return count(url, "select count(*) from person");
        } catch (SQLException e) {
            return 0;
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            // The schema appears only once the child has run its migrations.
            if (e.getMessage().contains("not found") || e.getMessage().contains("does not exist")) {
                return 0;
            }
            throw e;
        }
    }
}
