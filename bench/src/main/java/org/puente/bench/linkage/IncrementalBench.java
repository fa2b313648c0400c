package org.puente.bench.linkage;

import org.puente.bench.Percentiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.puente.linkage.Candidate;
import org.puente.linkage.LinkIndex;
import org.puente.linkage.LinkageConfig;
import org.puente.linkage.PersonRecord;
import org.puente.linkage.cli.ColumnMapping;
import org.puente.linkage.cli.CsvInput;

/**
 * Intake latency: indexes the first PEOPLE-person register (generated), then asks candidates for
 * QUERIES records of a second register from the same generator with another seed (new people,
 * the same name and date distributions) and for QUERIES records of the first register itself
 * (people already known), timing each call.
 *   IncrementalBench RESULTS_DIR PEOPLE [QUERIES]
 */
public final class IncrementalBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long people = Long.parseLong(args[1]);
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        Path file = dir.resolve("peru-" + people + ".csv");
        Path fresh = dir.resolve("peru-new-" + queries + ".csv");
        Files.createDirectories(dir);
        if (!Files.exists(file)) {
            new PeruRegister(20240611L).write(file, people);
        }
        if (!Files.exists(fresh)) {
            new PeruRegister(777L).write(fresh, queries);
        }
        List<PersonRecord> register = CsvInput.read(file, ColumnMapping.puenteImport());
        long start = System.nanoTime();
        LinkIndex index = LinkIndex.build(register, LinkageConfig.defaults());
        System.out.printf("index of %d records built (model learnt) in %.1f s%n", index.size(), (System.nanoTime() - start) / 1e9);
        List<PersonRecord> newcomers = CsvInput.read(fresh, ColumnMapping.puenteImport()).stream()
                .map(r -> new PersonRecord("new-" + r.id(), r.givenNames(), r.firstSurname(), r.secondSurname(), r.sex(),
                        r.birthDate(), r.nationality(), r.documents(), r.attributes()))
                .limit(queries).toList();
        List<PersonRecord> known = register.subList(0, Math.min(queries, register.size()));
        // Warm up the JIT on a separate slice, as a running server would be.
        for (PersonRecord r : register.subList(register.size() - Math.min(2000, register.size()), register.size())) {
            index.candidates(r);
        }
        for (String label : new String[] {"new people", "known people"}) {
            List<PersonRecord> batch = label.equals("new people") ? newcomers : known;
            long[] samples = new long[batch.size()];
            long found = 0;
            for (int i = 0; i < batch.size(); i++) {
                long t = System.nanoTime();
                List<Candidate> c = index.candidates(batch.get(i));
                samples[i] = System.nanoTime() - t;
                found += c.stream().filter(Candidate::match).count();
            }
            Percentiles p = new Percentiles(samples);
            System.out.printf("candidates() for %s against %d records: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d queries, %d matches)%n",
                    label, index.size(), p.ms(50), p.ms(99), p.ms(100), batch.size(), found);
        }
        long t = System.nanoTime();
        for (PersonRecord r : newcomers.subList(0, Math.min(1000, newcomers.size()))) {
            index.add(r);
        }
        System.out.printf("add(): %.3f ms per record%n", (System.nanoTime() - t) / 1e6 / Math.min(1000, newcomers.size()));
    }
}
