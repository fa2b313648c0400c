package org.puente.bench;

import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import org.postgresql.PGConnection;

/**
 * Import throughput into PostgreSQL, side by side with a raw {@code COPY} of the same rows into a
 * plain table in the same database and run. Usage:
 * {@code ImportBench <puente launcher> <postgres base url, e.g. jdbc:postgresql://127.0.0.1:5432/> <rows> <work dir>}.
 */
public final class ImportBench {

    static final List<String> GIVEN = List.of("María José", "José Gregorio", "Luis Alberto", "Ana Lucía", "Carlos Andrés",
            "Yelitza Carolina", "Juan Carlos", "Rosa Elena", "Pedro Pablo", "Daniela", "Andrea Valentina", "Miguel Ángel",
            "Yorman", "Génesis", "Wilmer", "Yusbelis", "Jesús Alberto", "Carmen", "Luisa Fernanda", "Ángel David");
    static final List<String> SURNAMES = List.of("González", "Rodríguez", "Pérez", "Hernández", "García", "Martínez",
            "López", "Díaz", "Sánchez", "Ramírez", "Torres", "Rojas", "Moreno", "Mendoza", "Silva", "Quispe", "Castillo",
            "Vargas", "Gutiérrez", "Ñáñez", "Blanco", "Suárez", "Contreras", "Méndez", "Peña", "Salazar", "Rivas");

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args[0]);
        String base = args[1].endsWith("/") ? args[1] : args[1] + "/";
        int rows = Integer.parseInt(args[2]);
        Path work = Path.of(args[3]);
        Files.createDirectories(work);
        Path csv = work.resolve("import-" + rows + ".csv");
        generate(csv, rows);
        String database = "puente_bench_import";
        try (Connection admin = DriverManager.getConnection(base + "postgres", "postgres", "")) {
            admin.createStatement().execute("drop database if exists " + database);
            admin.createStatement().execute("create database " + database);
        }
        String url = base + database;

        ProcessBuilder importer = new ProcessBuilder(launcher.toString(), "import", "--input", csv.toString())
                .inheritIO();
        importer.environment().put("PUENTE_DB_URL", url);
        importer.environment().put("PUENTE_DB_USER", "postgres");
        importer.environment().put("PUENTE_DEMO", "false");
        long wallStart = System.nanoTime();
        int exit = importer.start().waitFor();
        Duration wall = Duration.ofNanos(System.nanoTime() - wallStart);
        if (exit != 0) {
            throw new IllegalStateException("import exited with " + exit);
        }

        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            long imported;
            double importSeconds;
            try (var job = db.createStatement().executeQuery("""
                    select rows_imported, extract(epoch from (finished_at - started_at))
                    from import_job order by started_at desc limit 1""")) {
                job.next();
                imported = job.getLong(1);
                importSeconds = job.getDouble(2);
            }
            db.createStatement().execute("""
                    create table copy_bench (record_id text, given_names text, first_surname text,
                        second_surname text, sex text, birth_date date, nationality text, document_type text,
                        document_number text)""");
            long copyStart = System.nanoTime();
            long copied;
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                copied = db.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy copy_bench from stdin with (format csv, header true)", in);
            }
            double copySeconds = (System.nanoTime() - copyStart) / 1e9;
            double importRate = imported / importSeconds;
            double copyRate = copied / copySeconds;
            System.out.printf("%nrows in file: %,d%n", rows);
            System.out.printf("puente import: %,d rows in %.2f s = %,.0f records/s (whole command incl. JVM start: %.1f s)%n",
                    imported, importSeconds, importRate, wall.toMillis() / 1000.0);
            System.out.printf("raw COPY:      %,d rows in %.2f s = %,.0f rows/s%n", copied, copySeconds, copyRate);
            System.out.printf("ratio import/COPY: %.2f%n", importRate / copyRate);
        }
    }

    /** A deterministic CSV in the import format: same rows for the same count. */
    static void generate(Path csv, int rows) throws Exception {
        if (Files.exists(csv)) {
            return;
        }
        SplittableRandom random = new SplittableRandom(7);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("record_id,given_names,first_surname,second_surname,sex,birth_date,nationality,document_type,document_number\n");
            for (int i = 0; i < rows; i++) {
                String given = GIVEN.get(random.nextInt(GIVEN.size()));
                String sex = given.startsWith("Mar") || given.endsWith("a") || given.equals("Carmen") || given.equals("Génesis")
                        || given.equals("Yusbelis") ? "F" : "M";
                int year = 1950 + random.nextInt(56);
                String birth = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                String type = random.nextInt(10) < 7 ? "CPP" : "PTP";
                String number = type.equals("CPP") ? String.format("%09d", 600_000_000 + i) : String.format("%09d", 700_000_000 + i);
                out.write("bench-" + i + "," + quote(given) + "," + SURNAMES.get(random.nextInt(SURNAMES.size())) + ","
                        + SURNAMES.get(random.nextInt(SURNAMES.size())) + "," + sex + "," + birth + ",VEN," + type + ","
                        + number + "\n");
            }
        }
    }

    private static String quote(String value) {
        return value.contains(",") ? "\"" + value + "\"" : value;
    }
}
