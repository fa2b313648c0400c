package org.puente.bench.linkage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.puente.linkage.LinkageConfig;
import org.puente.linkage.Linkage;
import org.puente.linkage.LinkageResult;
import org.puente.linkage.PersonRecord;
import org.puente.linkage.cli.ColumnMapping;
import org.puente.linkage.cli.CsvInput;

/**
 * Quality and time of the linkage engine on the public benchmarks with truth. One default
 * configuration; only the column mapping differs per data set.
 *   LinkageBench DATA_DIR [runs] [dataset…]
 */
public final class LinkageBench {

    static final String FEBRL_MAP = "rec_id=id,given_name=given,surname=surnames,street_number=code,"
            + "address_1=text,address_2=text,suburb=text,postcode=code,state=code,date_of_birth=date,soc_sec_id=document";
    static final String FAKE_MAP = "unique_id=id,first_name=given,surname=surnames,dob=date,city=text,email=code";
    static final String HISTORICAL_MAP = "unique_id=id,first_name=given,surname=surnames,dob=date,gender=sex,"
            + "birth_place=text,postcode_fake=code,occupation=text";

    /** Puente's import columns: the default mapping, spelt out (person_id, the truth, is left out). */
    static final String PERU_MAP = "record_id=id,given_names=given,first_surname=first_surname,"
            + "second_surname=second_surname,sex=sex,birth_date=date,nationality=nationality,"
            + "document_type=document_type,document_number=document";

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> sets = args.length > 2 ? Arrays.asList(args).subList(2, args.length)
                : List.of("febrl1", "febrl2", "febrl3", "febrl4", "fake1000", "historical50k", "peru");
        LinkageConfig config = LinkageConfig.defaults();
        for (String set : sets) {
            switch (set) {
                case "febrl1", "febrl2", "febrl3" -> {
                    Path file = data.resolve("febrl/dataset" + set.charAt(5) + ".csv");
                    dedupe(set, file, FEBRL_MAP, Truth.read(file, "rec_id", "rec_id", Truth::febrlEntity), config, runs);
                }
                case "febrl4" -> {
                    Path a = data.resolve("febrl/dataset4a.csv");
                    Path b = data.resolve("febrl/dataset4b.csv");
                    var ta = Truth.read(a, "rec_id", "rec_id", Truth::febrlEntity);
                    var tb = Truth.read(b, "rec_id", "rec_id", Truth::febrlEntity);
                    link(set, a, b, FEBRL_MAP, ta, tb, config, runs);
                }
                case "fake1000" -> {
                    Path file = data.resolve("splink-fake-1000/fake_1000.csv");
                    dedupe(set, file, FAKE_MAP, Truth.read(file, "unique_id", "cluster", s -> s), config, runs);
                }
                case "historical50k" -> {
                    Path file = data.resolve("splink-historical-50k/historical_figures_with_errors_50k.csv");
                    dedupe(set, file, HISTORICAL_MAP, Truth.read(file, "unique_id", "cluster", s -> s), config, runs);
                }
                case "peru" -> {
                    Path file = Path.of(System.getProperty("bench.results", "bench/results")).resolve("peru-20000.csv");
                    if (!java.nio.file.Files.exists(file)) {
                        java.nio.file.Files.createDirectories(file.getParent());
                        new PeruRegister(20240611L).write(file, 20_000);
                    }
                    dedupe(set, file, PERU_MAP, Truth.read(file, "record_id", "person_id", s -> s), config, runs);
                }
                default -> throw new IllegalArgumentException("unknown data set " + set);
            }
        }
    }

    static void dedupe(String name, Path file, String map, Map<String, String> truth, LinkageConfig config, int runs) {
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        LinkageResult result = null;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            long startCpu = cpuNanos();
            List<PersonRecord> records = CsvInput.read(file, ColumnMapping.parse(map));
            result = Linkage.deduplicate(records, config, stages());
            times.add((System.nanoTime() - start) / 1_000_000);
            cpu.add((cpuNanos() - startCpu) / 1_000_000);
        }
        report(name, "dedup", Truth.score(result.assignments(), truth, truth), times, cpu, result);
    }

    static void link(String name, Path a, Path b, String map, Map<String, String> ta, Map<String, String> tb,
                     LinkageConfig config, int runs) {
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        LinkageResult result = null;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            long startCpu = cpuNanos();
            List<PersonRecord> left = CsvInput.read(a, ColumnMapping.parse(map));
            List<PersonRecord> right = CsvInput.read(b, ColumnMapping.parse(map));
            result = Linkage.link(left, right, config, stages());
            times.add((System.nanoTime() - start) / 1_000_000);
            cpu.add((cpuNanos() - startCpu) / 1_000_000);
        }
        report(name, "link", Truth.scoreLink(result.assignments(), ta, tb), times, cpu, result);
    }

    /** Prints how long each stage took when BENCH_STAGES is set. */
    static org.puente.linkage.Progress stages() {
        if (System.getenv("BENCH_STAGES") == null) {
            return org.puente.linkage.Progress.none();
        }
        return new org.puente.linkage.Progress() {
            long start = System.nanoTime();
            long cpu = cpuNanos();
            String current;

            @Override
            public void stage(String name, long total) {
                long now = System.nanoTime();
                long nowCpu = cpuNanos();
                if (current != null) {
                    System.out.printf("  %-12s %6d ms wall %6d ms cpu%n", current, (now - start) / 1_000_000,
                            (nowCpu - cpu) / 1_000_000);
                }
                current = name;
                start = now;
                cpu = nowCpu;
            }

            @Override
            public void advance(long steps) {
            }

            @Override
            public void done() {
                stage(null, 0);
            }
        };
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** CPU time of this process (all threads). */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static void report(String name, String task, Truth.Score score, List<Long> times, List<Long> cpu,
                       LinkageResult result) {
        System.out.printf("%-14s %-6s records %7d  P %.4f  R %.4f  F1 %.4f  median %6d ms wall, %6d ms cpu (runs %s)"
                        + "  candidates %d  largest cluster %d%n",
                name, task, result.statistics().records(), score.precision(), score.recall(), score.f1(), median(times),
                median(cpu), times, result.statistics().candidatePairs(),
                java.util.Collections.max(result.clusterSizes().keySet()));
        if (System.getenv("BENCH_VERBOSE") != null) {
            System.out.println(score);
            System.out.println(result.model().describe());
            System.out.println("cluster sizes " + result.clusterSizes());
        }
    }
}
