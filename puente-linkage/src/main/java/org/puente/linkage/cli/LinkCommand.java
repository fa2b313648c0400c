package org.puente.linkage.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.puente.linkage.FieldEvidence;
import org.puente.linkage.Linkage;
import org.puente.linkage.LinkageConfig;
import org.puente.linkage.LinkageResult;
import org.puente.linkage.Match;
import org.puente.linkage.PersonRecord;
import org.puente.linkage.Progress;

/**
 * {@code puente link}: finds who is the same person in one file, or between two, and writes
 * every record's cluster, optionally with the matched pairs and why they matched. Plain Java:
 * the server's launcher calls {@link #run} without starting Spring.
 */
public final class LinkCommand {

    static final String USAGE = """
            usage: puente link --input records.csv --output clusters.csv [options]
                   puente link --left a.csv --right b.csv --output links.csv [options]
                   puente link --register [--quiet]

            Finds records of the same person. With --input, within one file: writes
            record_id,cluster_id for every record (a record alone is its own cluster). With
            --left and --right, between two files, one to one: writes side,record_id,cluster_id.
            The weights are learnt from the data itself; no labelled pairs are needed.
            With --register, over the whole register in Puente's database (PUENTE_DB_URL, or
            the embedded one): every pair at or above the review threshold goes into the
            registrars' duplicates review queue, except pairs already there or decided.

            options:
              --threshold P        match probability from which two records are one person
                                   (default 0.9; lower finds more, with more false matches)
              --explain pairs.csv  also write each matched pair: probability, weight, and the
                                   comparison level and weight of every field
              --map SPEC           columns of a file that is not a Puente import file, as
                                   column=role pairs, e.g.
                                   --map "rec_id=id,given_name=given,surname=surnames,dob=date"
                                   roles: id, given, first_surname, second_surname, surnames,
                                   sex, date, nationality, document, document_type,
                                   document_country, text (compared as free text), code
                                   (compared exactly), ignore
              --model              print the learnt weights (m, u, bits per level) to stderr
              --quiet              no progress bar

            Input: UTF-8 CSV with a header. By default the import columns: record_id,
            given_names, first_surname, second_surname, sex, birth_date, nationality,
            document_type, document_number (and issuing_country, address_line, ubigeo,
            phone, email when present). Dates may be 1990-05-31, 31/05/1990 or 19900531.
            """;

    private LinkCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit code (0 done, 2 bad usage or input, 1 failure). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("puente link: " + e.getMessage());
            err.println("run \"puente link --help\" for usage");
            return 2;
        }
        if (o.help) {
            out.print(USAGE);
            return 0;
        }
        try (TerminalProgress progress = new TerminalProgress(!o.quiet && System.console() != null, err)) {
            long start = System.nanoTime();
            LinkageConfig config = LinkageConfig.defaults().withThreshold(o.threshold);
            LinkageResult result;
            if (o.input != null) {
                List<PersonRecord> records = read(o.input, o.mapping, progress);
                result = Linkage.deduplicate(records, config, progress);
            } else {
                List<PersonRecord> left = read(o.left, o.mapping, progress);
                List<PersonRecord> right = read(o.right, o.mapping, progress);
                result = Linkage.link(left, right, config, progress);
            }
            progress.stage("writing", 0);
            writeClusters(o.output, result, o.input == null);
            if (o.explain != null) {
                writeExplanations(o.explain, result.matches());
            }
            progress.close();
            if (o.model) {
                err.print(result.model().describe());
            }
            var s = result.statistics();
            err.printf(Locale.ROOT, "%d records, %d candidate pairs, %d matches, %d clusters in %.1f s%n",
                    s.records(), s.candidatePairs(), result.matches().size(), s.clusters(),
                    (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (InputError e) {
            err.println("puente link: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("puente link: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("puente link: cannot write the output: " + e.getMessage());
            return 1;
        }
    }

    private static List<PersonRecord> read(Path file, ColumnMapping mapping, TerminalProgress progress) {
        progress.stage("reading " + file.getFileName(), 0);
        return CsvInput.read(file, mapping, progress::count);
    }

    static void writeClusters(Path file, LinkageResult result, boolean sided) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            if (sided) {
                csv.printRecord("side", "record_id", "cluster_id");
            } else {
                csv.printRecord("record_id", "cluster_id");
            }
            for (LinkageResult.Assignment a : result.assignments()) {
                if (sided) {
                    csv.printRecord(a.side() == 0 ? "left" : "right", a.recordId(), a.clusterId());
                } else {
                    csv.printRecord(a.recordId(), a.clusterId());
                }
            }
        }
    }

    static void writeExplanations(Path file, List<Match> matches) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            List<String> header = new ArrayList<>(List.of("left_id", "right_id", "probability", "weight", "prior"));
            if (!matches.isEmpty()) {
                for (FieldEvidence f : matches.get(0).explanation().fields()) {
                    header.add(f.field() + " level");
                    header.add(f.field() + " weight");
                }
            }
            header.add("explanation");
            csv.printRecord(header);
            for (Match m : matches) {
                List<Object> row = new ArrayList<>();
                row.add(m.leftId());
                row.add(m.rightId());
                row.add(String.format(Locale.ROOT, "%.6f", m.probability()));
                row.add(m.weight());
                row.add(m.explanation().prior());
                for (FieldEvidence f : m.explanation().fields()) {
                    row.add(f.level());
                    row.add(f.weight());
                }
                row.add(m.explanation().describe());
                csv.printRecord(row);
            }
        }
    }

    /** The parsed command line. */
    static final class Options {
        Path input;
        Path left;
        Path right;
        Path output;
        Path explain;
        double threshold = LinkageConfig.defaults().threshold();
        ColumnMapping mapping = ColumnMapping.puenteImport();
        boolean quiet;
        boolean model;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h", "help" -> o.help = true;
                    case "--quiet", "-q" -> o.quiet = true;
                    case "--model" -> o.model = true;
                    case "--input" -> o.input = Path.of(value(args, ++i, a));
                    case "--left" -> o.left = Path.of(value(args, ++i, a));
                    case "--right" -> o.right = Path.of(value(args, ++i, a));
                    case "--output" -> o.output = Path.of(value(args, ++i, a));
                    case "--explain" -> o.explain = Path.of(value(args, ++i, a));
                    case "--map" -> o.mapping = ColumnMapping.parse(value(args, ++i, a));
                    case "--threshold" -> {
                        String v = value(args, ++i, a);
                        try {
                            o.threshold = Double.parseDouble(v);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--threshold takes a probability such as 0.9, not " + v);
                        }
                        if (!(o.threshold > 0 && o.threshold < 1)) {
                            throw new IllegalArgumentException("--threshold must be between 0 and 1 (exclusive)");
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (o.help) {
                return o;
            }
            if (o.input != null && (o.left != null || o.right != null)) {
                throw new IllegalArgumentException("give either --input, or --left and --right");
            }
            if (o.input == null && (o.left == null || o.right == null)) {
                throw new IllegalArgumentException(o.left == null && o.right == null
                        ? "missing --input (or --left and --right)" : "--left and --right go together");
            }
            if (o.output == null) {
                throw new IllegalArgumentException("missing --output FILE.csv");
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /** A progress bar on the terminal, one stage after another; silent when output is not a terminal. */
    public static final class TerminalProgress implements Progress, AutoCloseable {
        private final boolean enabled;
        private final PrintStream err;
        private me.tongfei.progressbar.ProgressBar bar;

        public TerminalProgress(boolean enabled, PrintStream err) {
            this.enabled = enabled;
            this.err = err;
        }

        @Override
        public synchronized void stage(String name, long total) {
            if (!enabled) {
                return;
            }
            if (bar != null) {
                bar.close();
            }
            bar = new me.tongfei.progressbar.ProgressBarBuilder().setTaskName(name).setInitialMax(total > 0 ? total : -1)
                    .setStyle(me.tongfei.progressbar.ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                    .setUpdateIntervalMillis(250).continuousUpdate().build();
        }

        @Override
        public void advance(long steps) {
            me.tongfei.progressbar.ProgressBar b = bar;
            if (b != null) {
                b.stepBy(steps);
            }
        }

        void count(long records) {
            me.tongfei.progressbar.ProgressBar b = bar;
            if (b != null) {
                b.stepTo(records);
            }
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

}
