package org.puente.bench.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.puente.rules.CalidadMigratoria;
import org.puente.rules.Decisions;
import org.puente.rules.Document;
import org.puente.rules.DocumentStatus;
import org.puente.rules.DocumentType;
import org.puente.rules.HiringLimit;
import org.puente.rules.Holder;
import org.puente.rules.RightsSummary;

/**
 * Decisions per second on one thread, explanations included: each outcome's answer and explanation
 * (rules, parameter values with sources, facts, reasoning steps) are built and consumed. Facts vary
 * from call to call so nothing is folded away. The {@code …Rendered} variants also render the
 * explanation's text, which the hot path leaves to the caller.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
public class RulesBench {
    private static final String[] NATIONALITIES = {"PER", "PER", "PER", "PER", "PER", "VEN", "COL", "CHN", "ESP", "USA"};
    private static final DocumentType[] TYPES = {DocumentType.CE, DocumentType.CPP, DocumentType.PTP, DocumentType.CE_REFUGEE, null};

    private RightsSummary rights;
    private HiringLimit hiring;
    private RightsSummary.Facts[] documents;
    private HiringLimit.Facts[] employers;
    private int next;

    @Setup
    public void setUp() {
        var decisions = Decisions.current();
        rights = decisions.rightsSummary();
        hiring = decisions.hiringLimit();
        var asOf = LocalDate.of(2026, 11, 23);
        documents = new RightsSummary.Facts[]{
                doc(asOf, DocumentType.CPP, null, "2026-03-02", "2027-03-01", null),
                doc(asOf, DocumentType.CE, CalidadMigratoria.TRABAJADOR_RESIDENTE, "2025-01-10", "2027-01-10", null),
                doc(asOf, DocumentType.CE, CalidadMigratoria.HUMANITARIA, "2025-05-10", "2026-05-10", null),
                doc(asOf, DocumentType.ASYLUM_SEEKER_CARD, null, "2025-06-01", null, new Holder(true, null, null)),
                doc(asOf, DocumentType.PTP, null, "2018-06-01", "2019-06-01", null),
                doc(asOf, DocumentType.PASSPORT, CalidadMigratoria.TURISMO, "2020-01-01", "2030-01-01", null),
                doc(asOf, DocumentType.CE_REFUGEE, null, "2024-02-01", "2028-02-01", null),
                doc(asOf, DocumentType.FOREIGN_ID_CARD, CalidadMigratoria.MIGRANTE_ANDINO, "2022-01-01", "2032-01-01", null),
        };
        employers = new HiringLimit.Facts[8];
        for (int e = 0; e < employers.length; e++) {
            var workers = new ArrayList<HiringLimit.Worker>(100);
            for (int i = 0; i < 100; i++) {
                int k = (i * 7 + e) % NATIONALITIES.length;
                var nationality = NATIONALITIES[k];
                var peruvian = nationality.equals("PER");
                workers.add(new HiringLimit.Worker(nationality, peruvian ? null : TYPES[(i + e) % TYPES.length], null,
                        BigDecimal.valueOf(1200 + (i * 37 + e * 11) % 4000), i % 23 == 0 && !peruvian ? List.of("SPECIALIST") : List.of()));
            }
            employers[e] = new HiringLimit.Facts(asOf, List.copyOf(workers));
        }
    }

    private static RightsSummary.Facts doc(LocalDate asOf, DocumentType type, CalidadMigratoria calidad, String issue, String expiry, Holder holder) {
        return new RightsSummary.Facts(asOf, new Document(type, DocumentStatus.ACTIVE, LocalDate.parse(issue),
                expiry == null ? null : LocalDate.parse(expiry), calidad, type == DocumentType.FOREIGN_ID_CARD ? "COL" : "VEN", null), holder);
    }

    @Benchmark
    public void rightsSummary(Blackhole bh) {
        var outcome = rights.evaluate(documents[next++ & 7]);
        bh.consume(outcome.answer());
        bh.consume(outcome.explanation());
    }

    @Benchmark
    public void employerCheck100Workers(Blackhole bh) {
        var outcome = hiring.evaluate(employers[next++ & 7]);
        bh.consume(outcome.answer());
        bh.consume(outcome.explanation());
    }

    @Benchmark
    public void rightsSummaryRenderedInSpanish(Blackhole bh) {
        var outcome = rights.evaluate(documents[next++ & 7]);
        bh.consume(outcome.answer());
        bh.consume(outcome.explanation().lines(Locale.forLanguageTag("es")));
    }
}
