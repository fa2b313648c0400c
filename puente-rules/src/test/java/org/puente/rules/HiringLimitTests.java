package org.puente.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HiringLimitTests {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    final HiringLimit decision = Decisions.current().hiringLimit();

    static HiringLimit.Worker peruvian(int pay) {
        return new HiringLimit.Worker("PER", null, null, BigDecimal.valueOf(pay), List.of());
    }

    static HiringLimit.Worker foreigner(String nationality, DocumentType type, int pay, String... exemptions) {
        return new HiringLimit.Worker(nationality, type, null, BigDecimal.valueOf(pay), List.of(exemptions));
    }

    static List<HiringLimit.Worker> workers(HiringLimit.Worker... ws) {
        return List.of(ws);
    }

    Outcome<HiringLimit.Answer> check(List<HiringLimit.Worker> ws) {
        return decision.evaluate(new HiringLimit.Facts(AS_OF, ws));
    }

    @Test
    void oneNonExemptForeignerInFourWorkersIsOverTheTwentyPercentLimit() {
        var a = check(workers(foreigner("CHN", DocumentType.CE, 1500), peruvian(1500), peruvian(1500), peruvian(1500))).answer();

        assertThat(a.compliant()).isFalse();
        assertThat(a.foreignHeadcountShare()).isEqualByComparingTo("0.25");
        assertThat(a.breaches()).containsExactly(HiringLimit.Breach.OVER_HEADCOUNT);
        assertThat(a.foreignPayrollShare()).isEqualByComparingTo("0.25");
        assertThat(a.maxCountedForeignWorkers()).isZero();
        assertThat(a.margin().foreignWorkers()).isZero();
        assertThat(a.countingRule()).isEqualTo("STRICT");
        assertThat(a.workers().get(0).counts()).isTrue();
        assertThat(a.workers().get(0).reason()).isEqualTo(HiringLimit.CountReason.FOREIGN);
    }

    @Test
    void theSameForeignerWithAPeruvianSpouseDoesNotCountAndTheEmployerComplies() {
        var a = check(workers(foreigner("CHN", DocumentType.CE, 1500, "PERUVIAN_SPOUSE"), peruvian(1500), peruvian(1500), peruvian(1500))).answer();

        assertThat(a.compliant()).isTrue();
        assertThat(a.countedForeignWorkers()).isZero();
        assertThat(a.foreignWorkers()).isEqualTo(1);
        assertThat(a.workers().get(0).reason()).isEqualTo(HiringLimit.CountReason.EXCEPTED_ART_3);
        assertThat(a.workers().get(0).detail()).isEqualTo("PERUVIAN_SPOUSE");
        // 1 more foreigner makes 1 of 5 = 20 %, allowed; pay x with x ≤ 0.3 × (6000 + x).
        assertThat(a.margin().foreignWorkers()).isEqualTo(1);
        assertThat(a.margin().foreignMonthlyPay()).isEqualByComparingTo("2571.42");
    }

    @Test
    void exactlyTwentyPercentOfHeadcountIsWithinTheLimit() {
        var a = check(workers(foreigner("CHN", DocumentType.CE, 1000), peruvian(1000), peruvian(1000), peruvian(1000), peruvian(1000))).answer();

        assertThat(a.compliant()).isTrue();
        assertThat(a.foreignHeadcountShare()).isEqualByComparingTo("0.20");
        assertThat(a.margin().foreignWorkers()).isZero();
    }

    @Test
    void foreignPayAboveThirtyPercentOfPayrollBreachesThePayrollLimitEvenWithinHeadcount() {
        var ws = new ArrayList<HiringLimit.Worker>();
        ws.add(foreigner("USA", DocumentType.CE, 9000));
        for (int i = 0; i < 9; i++) ws.add(peruvian(2000));
        var a = check(ws).answer();

        assertThat(a.foreignHeadcountShare()).isEqualByComparingTo("0.10");
        assertThat(a.foreignPayrollShare()).isEqualByComparingTo("0.3333");
        assertThat(a.breaches()).containsExactly(HiringLimit.Breach.OVER_PAYROLL);
        assertThat(a.compliant()).isFalse();
        assertThat(a.margin().foreignWorkers()).isZero();
        assertThat(a.margin().foreignMonthlyPay()).isEqualByComparingTo("0");
    }

    @Test
    void ptpHoldersCountAndThatIsConfirmed() {
        var a = check(workers(foreigner("VEN", DocumentType.PTP, 1200), peruvian(1200))).answer();

        assertThat(a.workers().get(0).reason()).isEqualTo(HiringLimit.CountReason.PTP_OR_APTE_P);
        assertThat(a.workers().get(0).confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(a.compliant()).isFalse();
    }

    @Test
    void cppHoldersCountByAnUnconfirmedParameterAndTheAnswerSaysSo() {
        var o = check(workers(foreigner("VEN", DocumentType.CPP, 1200), peruvian(1200), peruvian(1200), peruvian(1200), peruvian(1200)));

        assertThat(o.answer().workers().get(0).reason()).isEqualTo(HiringLimit.CountReason.GROUP_COUNTED);
        assertThat(o.answer().workers().get(0).detail()).isEqualTo("CPP");
        assertThat(o.answer().workers().get(0).confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(o.explanation().usesUnconfirmed()).isTrue();
        assertThat(o.explanation().parameters()).extracting(ParameterValue::parameter).contains("dl689.counts.cpp");
    }

    @Test
    void inversionistaResidentsDoNotCount() {
        var investor = new HiringLimit.Worker("DEU", DocumentType.CE, CalidadMigratoria.INVERSIONISTA, BigDecimal.valueOf(9000), List.of());
        var a = check(workers(investor, peruvian(1000))).answer();

        assertThat(a.workers().get(0).reason()).isEqualTo(HiringLimit.CountReason.CALIDAD_NOT_COUNTED);
        assertThat(a.compliant()).isTrue();
    }

    @Test
    void aSpecialistExoneratedUnderArticleSixDoesNotCount() {
        var a = check(workers(foreigner("ESP", DocumentType.CE, 8000, "SPECIALIST"), peruvian(1000))).answer();

        assertThat(a.workers().get(0).reason()).isEqualTo(HiringLimit.CountReason.EXONERATED_ART_6);
        assertThat(a.compliant()).isTrue();
    }

    @ParameterizedTest(name = "{0} of {1} foreigners: may hire {2} more")
    @CsvSource({
            "0, 4, 1",
            "0, 5, 1",
            "1, 9, 1",
            "2, 10, 0",
            "0, 1, 0",
            "0, 0, 0",
            "10, 100, 12",
    })
    void theMarginIsTheMostForeignWorkersThatKeepTheStrictRule(int foreign, int total, int more) {
        var ws = new ArrayList<HiringLimit.Worker>();
        for (int i = 0; i < total; i++) ws.add(i < foreign ? foreigner("CHN", DocumentType.CE, 0) : peruvian(0));
        var a = check(ws).answer();

        assertThat(a.margin().foreignWorkers()).isEqualTo(more);
        // Hiring that many keeps within the limit; one more would not.
        int after = foreign + more;
        assertThat(after).isLessThanOrEqualTo((int) Math.floor(0.2 * (total + more) + 1e-9));
        assertThat(foreign + more + 1).isGreaterThan((int) Math.floor(0.2 * (total + more + 1) + 1e-9));
    }

    @Test
    void theExplanationNamesTheCountingRuleInBothLanguages() {
        var e = check(workers(foreigner("CHN", DocumentType.CE, 1500), peruvian(1500))).explanation();

        assertThat(e.text(Locale.forLanguageTag("es"))).contains("regla de cálculo estricta").contains("DL 689");
        assertThat(e.text(Locale.ENGLISH)).contains("strict counting rule").contains("DL 689");
        assertThat(e.rules()).extracting(Rule::id).containsExactly("R5");
    }

    @Test
    void invalidWorkersAreNamedByTheirPath() {
        var facts = new HiringLimit.Facts(AS_OF, workers(peruvian(100), peruvian(100),
                new HiringLimit.Worker("chn", null, null, BigDecimal.valueOf(-5), List.of("FRIEND_OF_THE_OWNER"))));

        assertThatThrownBy(() -> decision.evaluate(facts))
                .isInstanceOfSatisfying(FactsProblem.class, p -> assertThat(p.fields())
                        .extracting(FactsProblem.Field::path)
                        .containsExactly("workers[2].nationality", "workers[2].monthlyPay", "workers[2].exemptions[0]"));
    }
}
