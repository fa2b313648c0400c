package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.server.IntegrationTest;
import org.puente.server.access.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CsvImportIntegrationTests {

    static final String HEADER = "nationality,record_id,given_names,first_surname,second_surname,sex,birth_date,"
            + "document_type,document_number,notes\n";
    static final Locale SPANISH = Locale.of("es", "PE");

    @Autowired
    CsvImport imports;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    final String prefix = "csv-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    String row(String id, String given, String birth, String number) {
        return "VEN," + prefix + id + "," + given + ",González,Pérez,F," + birth + ",CPP," + number + ",x\n";
    }

    Path file(byte[]... parts) throws IOException {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        Path f = dir.resolve("people-" + UUID.randomUUID() + ".csv");
        Files.write(f, out.toByteArray());
        return f;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    ImportJob importFile(Path f, Locale locale) {
        Staff actor = Staff.system("import");
        return imports.run(imports.open("people.csv", f, actor), f, actor, locale, CsvImport.Listener.NONE);
    }

    long peopleWithPrefix() {
        return jdbc.sql("select count(*) from person where source_record_id like ?").param(prefix + "%")
                .query(Long.class).single();
    }

    @Test
    void importsGoodRowsAndReportsEachBadRowWithItsLineNumberAndReason() throws IOException {
        Path f = file(utf8(HEADER),
                utf8(row("1", "María José", "1992-03-14", TestPeople.uniqueNumber())),      // line 2
                utf8(row("2", "Luis", "2999-01-01", TestPeople.uniqueNumber())),            // 3: future birth date
                utf8(row("3", "Ana", "2023-02-30", TestPeople.uniqueNumber())),             // 4: impossible date
                utf8("VEN," + prefix + "4,\"Car\"los,Rojas,,M,1990-01-01,CPP,123456789,x\n"), // 5: broken quoting
                utf8("VEN," + prefix + "5,Jos"), new byte[] {(byte) 0xC3, (byte) 0x28},    // 6: invalid UTF-8
                utf8(",Rojas,,M,1990-01-01,CPP," + TestPeople.uniqueNumber() + ",x\n"),
                utf8(row("6", "Pedro", "1980-05-05", "12AB")),                              // 7: bad number
                utf8("\"VEN," + prefix + "7,\"\"Quoted\n"),                                 // 8: quote never closed
                utf8(row("8", "Yelitza Carolina", "1988-12-12", TestPeople.uniqueNumber()))); // 9

        ImportJob job = importFile(f, SPANISH);

        assertThat(job.state()).isEqualTo(ImportJob.DONE);
        assertThat(job.imported()).isEqualTo(2);
        assertThat(job.rejected()).isEqualTo(6);
        assertThat(peopleWithPrefix()).isEqualTo(2);
        var rejections = imports.rejections(job.id(), 100);
        assertThat(rejections).extracting(ImportJob.Rejection::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(rejections.get(0).reason()).isEqualTo("birth_date: La fecha de nacimiento no puede ser futura.");
        assertThat(rejections.get(0).recordId()).isEqualTo(prefix + "2");
        assertThat(rejections.get(1).reason()).contains("birth_date").contains("AAAA-MM-DD");
        assertThat(rejections.get(2).reason()).contains("Comillas mal colocadas");
        assertThat(rejections.get(3).reason()).contains("UTF-8");
        assertThat(rejections.get(4).reason()).startsWith("document_number: Número no válido");
        assertThat(rejections.get(5).reason()).contains("Comillas sin cerrar");
        assertThat(job.processedBytes()).isEqualTo(Files.size(f));
    }

    @Test
    void importingTheSameFileAgainCreatesNothing() throws IOException {
        Path f = file(utf8(HEADER), utf8(row("1", "María José", "1992-03-14", TestPeople.uniqueNumber())),
                utf8(row("2", "Luis Alberto", "1990-07-21", TestPeople.uniqueNumber())));
        importFile(f, SPANISH);
        long audited = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

        ImportJob again = importFile(f, SPANISH);

        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(peopleWithPrefix()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(audited);
    }

    @Test
    void refusesAFileWithoutRequiredColumnsNamingThemAndImportsNothing() throws IOException {
        Path f = file(utf8("record_id,given_names,first_surname,sex\n" + prefix + "1,Ana,Díaz,F\n"));

        ImportJob job = importFile(f, Locale.ENGLISH);

        assertThat(job.state()).isEqualTo(ImportJob.FAILED);
        assertThat(job.failure()).isEqualTo("Required columns are missing: second_surname, birth_date, nationality, "
                + "document_type, document_number.");
        assertThat(peopleWithPrefix()).isZero();
    }

    @Test
    void writesReasonsInEnglishWhenAsked() throws IOException {
        Path f = file(utf8(HEADER), utf8(row("1", "Luis", "2999-01-01", TestPeople.uniqueNumber())));

        ImportJob job = importFile(f, Locale.ENGLISH);

        assertThat(imports.rejections(job.id(), 10).get(0).reason())
                .isEqualTo("birth_date: The birth date cannot be in the future.");
    }

    @Test
    void aDocumentRepeatedInTheFileIsImportedOnceAndTheRepeatRejected() throws IOException {
        String number = TestPeople.uniqueNumber();
        Path f = file(utf8(HEADER), utf8(row("1", "Ana", "1990-01-01", number)), utf8(row("2", "Eva", "1991-01-01", number)));

        ImportJob job = importFile(f, SPANISH);

        assertThat(job.imported()).isEqualTo(1);
        assertThat(imports.rejections(job.id(), 10)).extracting(ImportJob.Rejection::line).containsExactly(3L);
    }
}
