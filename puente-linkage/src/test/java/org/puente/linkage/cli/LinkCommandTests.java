package org.puente.linkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTests {

    static final String HEADER = "record_id,given_names,first_surname,second_surname,sex,birth_date,nationality,"
            + "document_type,document_number\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int link(String... args) {
        return LinkCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void writesEveryRecordWithItsClusterAndExplainsTheMatches() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        String[] given = {"Luis", "Rosa", "Carlos", "Ana", "Jorge", "Elena", "Pedro", "Lucía", "Miguel", "Sofía"};
        String[] surnames = {"Quispe", "Rojas", "Torres", "Flores", "Mendoza", "Castillo", "Herrera", "Peña"};
        int id = 0;
        for (int i = 0; i < 80; i++) {
            csv.append(String.format("r%d,%s,%s,%s,F,%d-%02d-%02d,VEN,CPP,%d%n", id++, given[i % 10], surnames[i % 8],
                    surnames[(i / 8) % 8], 1970 + i % 30, 1 + i % 12, 1 + i % 28, 300000000 + i * 7907));
        }
        csv.append("dup,Jose Luis,Ñaupari,Colmenares,M,1990-05-31,VEN,FOREIGN_ID_CARD,V-14.652.378\n");
        csv.append("dup2,José Luis,Naupari,,M,31/05/1990,VEN,FOREIGN_ID_CARD,14652378\n");
        Path input = file("people.csv", csv.toString());
        Path output = dir.resolve("clusters.csv");
        Path pairs = dir.resolve("pairs.csv");

        int code = link("--input", input.toString(), "--output", output.toString(), "--explain", pairs.toString(),
                "--quiet");

        assertThat(code).as(errors()).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).isEqualTo("record_id,cluster_id");
        assertThat(lines).hasSize(83).contains("dup,dup", "dup2,dup");
        List<String> explained = Files.readAllLines(pairs);
        assertThat(explained.get(0)).startsWith("left_id,right_id,probability,weight,prior,given names level");
        assertThat(explained).anySatisfy(l -> assertThat(l).startsWith("dup,dup2,").contains("same number"));
        assertThat(errors()).contains("82 records").doesNotContain("Ñaupari");
    }

    @Test
    void namesTheMissingColumns() throws Exception {
        Path input = file("people.csv", "record_id,given_names,first_surname\n1,Ana,Rojas\n");
        int code = link("--input", input.toString(), "--output", dir.resolve("o.csv").toString());
        assertThat(code).isEqualTo(2);
        assertThat(errors()).contains("people.csv line 1: missing columns second_surname, sex, birth_date");
    }

    @Test
    void givesTheLineOfAQuoteLeftOpen() throws Exception {
        Path input = file("people.csv", HEADER + "1,Ana,Rojas,,F,1990-01-02,VEN,CPP,123456789\n"
                + "2,\"Rosa,Peña,,F,1991-01-02,VEN,CPP,223456789\n3,Luis,Quispe,,M,1992-01-02,PER,CPP,323456789\n");
        int code = link("--input", input.toString(), "--output", dir.resolve("o.csv").toString());
        assertThat(code).isEqualTo(2);
        assertThat(errors()).contains("people.csv line 3:").contains("quote");
    }

    @Test
    void givesTheLineOfBytesThatAreNotUtf8() throws Exception {
        Path input = dir.resolve("latin1.csv");
        Files.write(input, (HEADER + "1,Ana,Rojas,,F,1990-01-02,VEN,CPP,123456789\n2,Rosa,Pe\u00f1a,,F,1991-01-02,VEN,CPP,2234\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        int code = link("--input", input.toString(), "--output", dir.resolve("o.csv").toString());
        assertThat(code).isEqualTo(2);
        assertThat(errors()).contains("latin1.csv line 3: not valid UTF-8");
    }

    @Test
    void givesTheLineOfARowWithTooManyValues() throws Exception {
        Path input = file("people.csv", HEADER + "1,Ana,Rojas,,F,1990-01-02,VEN,CPP,123456789\n"
                + "2,Rosa,Peña,Ruiz,Soto,F,1991-01-02,VEN,CPP,223456789\n");
        int code = link("--input", input.toString(), "--output", dir.resolve("o.csv").toString());
        assertThat(code).isEqualTo(2);
        assertThat(errors()).contains("people.csv line 3: 10 values where the header has 9");
    }

    @Test
    void refusesARecordIdSeenTwice() throws Exception {
        Path input = file("people.csv", HEADER + "1,Ana,Rojas,,F,1990-01-02,VEN,CPP,123456789\n"
                + "1,Rosa,Peña,,F,1991-01-02,VEN,CPP,223456789\n");
        assertThat(link("--input", input.toString(), "--output", dir.resolve("o.csv").toString())).isEqualTo(2);
        assertThat(errors()).contains("line 3: record id 1 appears twice");
    }

    @Test
    void explainsItsOptionsAndRefusesUnknownOnes() {
        assertThat(link("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--left a.csv --right b.csv", "--threshold", "--map");
        assertThat(link("--input", "x.csv", "--bogus")).isEqualTo(2);
        assertThat(errors()).contains("unknown option --bogus");
        assertThat(link("--input", "x.csv")).isEqualTo(2);
        assertThat(errors()).contains("missing --output");
    }

    @Test
    void readsOtherFilesThroughAColumnMapping() throws Exception {
        Path input = file("other.csv", "id,first,last,dob\n1,Ana,Rojas,1990-01-02\n2,Ana,Rojas,1990-01-02\n");
        int code = link("--input", input.toString(), "--output", dir.resolve("o.csv").toString(), "--map",
                "id=id,first=given,last=surnames,dob=date");
        assertThat(code).as(errors()).isZero();
        assertThat(Files.readAllLines(dir.resolve("o.csv"))).hasSize(3);
        assertThat(link("--input", input.toString(), "--output", "o.csv", "--map", "id=id,first=nombre")).isEqualTo(2);
        assertThat(errors()).contains("unknown role \"nombre\"");
    }
}
