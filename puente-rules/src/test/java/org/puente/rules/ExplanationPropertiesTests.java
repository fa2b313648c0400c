package org.puente.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

/** Properties every decision keeps, over generated facts. */
class ExplanationPropertiesTests {
    static final Decisions DECISIONS = Decisions.current();
    static final List<String> EXEMPTIONS = List.of("PERUVIAN_SPOUSE", "SPECIALIST", "ARTIST_OR_ATHLETE", "INVESTOR");

    @Provide
    Arbitrary<HiringLimit.Worker> worker() {
        var nationality = Arbitraries.of("PER", "PER", "PER", "VEN", "COL", "CHN", "ESP", "ARG", "USA");
        var type = Arbitraries.of(DocumentType.class).injectNull(0.2);
        var calidad = Arbitraries.of(CalidadMigratoria.class).injectNull(0.5);
        var pay = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000")).ofScale(2)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)));
        var exemptions = Arbitraries.of(EXEMPTIONS).list().ofMaxSize(2).injectDuplicates(0).map(l -> List.copyOf(l));
        var ex = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(List.<String>of())),
                net.jqwik.api.Tuple.of(1, exemptions));
        // Edge cases per worker (zero pay, no document) are kept; their product across a list is not.
        return Combinators.combine(nationality, type, calidad, pay, ex).as(HiringLimit.Worker::new).withoutEdgeCases();
    }

    @Provide
    Arbitrary<List<HiringLimit.Worker>> workers() {
        return worker().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<LocalDate> asOf() {
        return Dates.dates().between(LocalDate.of(2017, 3, 1), LocalDate.of(2027, 12, 31)).withoutEdgeCases();
    }

    @Property(tries = 300)
    void addingAPeruvianWorkerNeverMakesACompliantEmployerNonCompliant(
            @ForAll("workers") List<HiringLimit.Worker> workers, @ForAll("asOf") LocalDate asOf,
            @ForAll @IntRange(min = 0, max = 20000) int pay) {
        var before = DECISIONS.hiringLimit().evaluate(new HiringLimit.Facts(asOf, workers)).answer();
        var more = new ArrayList<>(workers);
        more.add(new HiringLimit.Worker("PER", null, null, BigDecimal.valueOf(pay), List.of()));
        var after = DECISIONS.hiringLimit().evaluate(new HiringLimit.Facts(asOf, more)).answer();

        if (before.compliant()) assertThat(after.compliant()).isTrue();
        assertThat(after.foreignHeadcountShare()).isLessThanOrEqualTo(before.foreignHeadcountShare());
    }

    @Property(tries = 300)
    void hiringTheWholeMarginKeepsTheEmployerCompliantAndOneMoreWouldNot(@ForAll("workers") List<HiringLimit.Worker> workers,
                                                                        @ForAll("asOf") LocalDate asOf) {
        var a = DECISIONS.hiringLimit().evaluate(new HiringLimit.Facts(asOf, workers)).answer();
        if (!a.compliant() || a.margin().foreignWorkers() == 0) return;
        int n = a.margin().foreignWorkers();
        var more = new ArrayList<>(workers);
        var each = a.margin().foreignMonthlyPay().divide(BigDecimal.valueOf(n), 2, java.math.RoundingMode.FLOOR);
        for (int i = 0; i < n; i++) more.add(new HiringLimit.Worker("CHN", DocumentType.CE, null, each, List.of()));
        assertThat(DECISIONS.hiringLimit().evaluate(new HiringLimit.Facts(asOf, more)).answer().compliant()).isTrue();
        more.add(new HiringLimit.Worker("CHN", DocumentType.CE, null, BigDecimal.ZERO, List.of()));
        assertThat(DECISIONS.hiringLimit().evaluate(new HiringLimit.Facts(asOf, more)).answer().breaches())
                .contains(HiringLimit.Breach.OVER_HEADCOUNT);
    }

    @Provide
    Arbitrary<Document> document() {
        var type = Arbitraries.of(DocumentType.class);
        var status = Arbitraries.of(DocumentStatus.class);
        var issue = Dates.dates().between(LocalDate.of(2017, 3, 1), LocalDate.of(2026, 12, 31));
        var length = Arbitraries.integers().between(0, 2000);
        var calidad = Arbitraries.of(CalidadMigratoria.class).injectNull(0.3);
        var nationality = Arbitraries.of("VEN", "COL", "CHN", "ECU");
        return Combinators.combine(type, status, issue, length, calidad, nationality)
                .as((t, s, i, len, c, n) -> new Document(t, s, i, i.plusDays(len), c, n, null)).withoutEdgeCases();
    }

    @Property(tries = 500)
    void movingTheAsOfDatePastExpiryNeverTurnsADocumentValid(@ForAll("document") Document d,
                                                             @ForAll @IntRange(min = 1, max = 4000) int daysAfter) {
        var extensionEnd = LocalDate.of(2023, 12, 4);
        var after = d.expiryDate().plusDays(daysAfter);
        if (!after.isAfter(extensionEnd)) after = extensionEnd.plusDays(daysAfter);
        var a = DECISIONS.documentValidity().evaluate(new DocumentValidity.Facts(after, d, new Holder(true, LocalDate.of(2024, 1, 1), false))).answer();

        assertThat(a.validity()).isNotEqualTo(DocumentValidity.Validity.VALID);
        var r = DECISIONS.rightsSummary().evaluate(new RightsSummary.Facts(after, d, null)).answer();
        assertThat(r.rights()).noneSatisfy(x -> assertThat(x.status()).isEqualTo(Permission.ALLOWED));
    }

    @Property(tries = 200)
    void everyRightsSummaryCitesASourceAndRendersInSpanishAndEnglish(@ForAll("document") Document d, @ForAll("asOf") LocalDate asOf) {
        var o = DECISIONS.rightsSummary().evaluate(new RightsSummary.Facts(asOf, d, null));

        assertExplained(o.explanation());
        assertThat(o.answer().rights()).allSatisfy(r -> {
            assertThat(r.basis()).isNotEmpty();
            assertThat(r.explanation(Locale.ENGLISH)).isNotBlank().doesNotContain("{");
        });
    }

    @net.jqwik.api.Example
    void everyDecisionsExampleExplanationCitesASourceAndRendersInBothLanguages() {
        for (var d : DECISIONS.list()) assertExplained(d.evaluateObject(d.exampleFacts()).explanation());
    }

    static void assertExplained(Explanation e) {
        assertThat(e.sources()).isNotEmpty();
        assertThat(e.rules()).isNotEmpty();
        for (var locale : List.of(Locale.forLanguageTag("es"), Locale.ENGLISH, Locale.forLanguageTag("es-PE"), Locale.forLanguageTag("en-GB"))) {
            var lines = e.lines(locale);
            assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).isNotBlank().doesNotContain("[problem.").doesNotContain("{0"));
            assertThat(String.join("\n", lines)).doesNotContainPattern("\\[[a-z_]+\\.[a-z_.A-Z0-9]+\\]");
        }
        assertThat(e.text(Locale.ENGLISH)).isNotEqualTo(e.text(Locale.forLanguageTag("es")));
    }
}
