package org.puente.bench.linkage;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.puente.linkage.Linkage;
import org.puente.linkage.LinkageConfig;
import org.puente.linkage.LinkageResult;
import org.puente.linkage.PersonRecord;
import org.puente.linkage.cli.ColumnMapping;
import org.puente.linkage.cli.CsvInput;

/**
 * Deduplicates a generated register of PEOPLE people (records: about 1.5 per person) and prints
 * time, peak heap, quality against the truth and the cluster-size distribution. Run one size
 * per JVM, with the heap the target allows (-Xmx4g).
 *   ScaleBench RESULTS_DIR PEOPLE
 */
public final class ScaleBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long people = Long.parseLong(args[1]);
        Path file = dir.resolve("peru-" + people + ".csv");
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            new PeruRegister(20240611L).write(file, people);
        }
        Thread sampler = peakSampler();
        long start = System.nanoTime();
        long cpuStart = LinkageBench.cpuNanos();
        List<PersonRecord> records = CsvInput.read(file, ColumnMapping.puenteImport());
        long read = System.nanoTime();
        LinkageResult result = Linkage.deduplicate(records, LinkageConfig.defaults(), LinkageBench.stages());
        long done = System.nanoTime();
        long cpu = LinkageBench.cpuNanos() - cpuStart;
        sampler.interrupt();
        sampler.join();
        Map<String, String> truth = Truth.read(file, "record_id", "person_id", s -> s);
        Truth.Score score = Truth.score(result.assignments(), truth, truth);
        var s = result.statistics();
        Map<Integer, Integer> sizes = result.clusterSizes();
        int largest = ((TreeMap<Integer, Integer>) sizes).lastKey();
        System.out.printf("scale people %d records %d: read %.1f s, link %.1f s, total %.1f s (cpu %.1f s), peak heap %d MB, "
                        + "candidates %d, P %.4f R %.4f F1 %.4f, clusters %d, largest %d, sizes %s%n",
                people, s.records(), (read - start) / 1e9, (done - read) / 1e9, (done - start) / 1e9, cpu / 1e9, peak / (1 << 20),
                s.candidatePairs(), score.precision(), score.recall(), score.f1(), s.clusters(), largest, sizes);
    }

    static volatile long peak;

    /** Samples used heap every 50 ms (after collections the pools report what survived). */
    static Thread peakSampler() {
        Thread t = new Thread(() -> {
            List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            while (!Thread.currentThread().isInterrupted()) {
                long used = 0;
                for (MemoryPoolMXBean p : pools) {
                    used += p.getUsage().getUsed();
                }
                peak = Math.max(peak, used);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
