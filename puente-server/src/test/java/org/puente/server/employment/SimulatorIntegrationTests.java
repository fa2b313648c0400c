package org.puente.server.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.puente.rules.DocumentType;
import org.puente.rules.HiringLimit;
import org.puente.server.IntegrationTest;
import org.puente.server.common.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;

/** The simulator's arithmetic, checked on firms small enough to count by hand. */
@IntegrationTest
class SimulatorIntegrationTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @Autowired
    Simulator simulator;

    static HiringLimit.Worker foreigner(int pay) {
        return new HiringLimit.Worker("CHN", DocumentType.CE, null, BigDecimal.valueOf(pay), List.of());
    }

    /** A firm of {@code peruvians} Peruvians and the given foreigners, everyone paid S/ 1,500. */
    static Firm firm(String id, int peruvians, int foreigners) {
        List<HiringLimit.Worker> foreign = java.util.stream.IntStream.range(0, foreigners).mapToObj(i -> foreigner(1500)).toList();
        return Firm.of(id, null, peruvians + foreigners, BigDecimal.valueOf(1500L * (peruvians + foreigners)), foreign);
    }

    @Test
    void underTheCurrentRuleAFirmOfThreeCannotHireAForeignerButAFirmOfTenCanHireTwo() {
        var law = simulator.current("law");

        // 1 foreigner of 4 workers is 25 %: over the 20 % limit.
        assertThat(simulator.room(firm("three", 3, 0), law, AS_OF)).isZero();
        assertThat(simulator.room(firm("four", 4, 0), law, AS_OF)).isEqualTo(1);
        // 10 Peruvians: 2 foreigners make 2 of 12 (16.7 %); a third would be 3 of 13 (23 %).
        assertThat(simulator.room(firm("ten", 10, 0), law, AS_OF)).isEqualTo(2);
        assertThat(simulator.room(firm("over", 3, 1), law, AS_OF)).isEqualTo(-1);
    }

    @Test
    void aMinimumOfTwoLetsMicroFirmsHireTwoWhateverTheShares() {
        var minimum = simulator.minimumForSmallFirms("min 2", 2);

        assertThat(simulator.room(firm("four", 4, 0), minimum, AS_OF)).isEqualTo(2);
        assertThat(simulator.room(firm("over", 3, 1), minimum, AS_OF)).isEqualTo(1);
    }

    @Test
    void thePayrollOnlyRuleBindsOnPayAlone() {
        var payroll = simulator.payrollOnly("payroll", new BigDecimal("0.30"));

        // k foreigners at S/ 1,500 with 4 Peruvians: 1500k ≤ 0.3 × 1500 (4 + k) ⇔ k ≤ 1.71.
        assertThat(simulator.room(firm("four", 4, 0), payroll, AS_OF)).isEqualTo(1);
    }

    @Test
    void theResultCountsConstrainedFirmsAndAdditionalHiresBySizeClass() {
        var firms = List.of(firm("a", 3, 0), firm("b", 3, 1), firm("c", 50, 0));
        var result = simulator.run("test", firms, List.of(simulator.current("law"),
                simulator.minimumForSmallFirms("min 2", 2)), AS_OF, Instant.EPOCH);

        var micro = result.rows().get(SizeClass.MICRO.ordinal());
        assertThat(micro.firms()).isEqualTo(2);
        assertThat(micro.cells().get(0)).isEqualTo(new Simulator.Cell(2, 1, 2, 0));
        assertThat(micro.cells().get(1)).isEqualTo(new Simulator.Cell(2, 0, 0, 3)); // 2 for a, 1 for b
        var small = result.rows().get(SizeClass.SMALL.ordinal());
        assertThat(small.cells().get(0).additional()).isEqualTo(12); // 12 of 62 is 19.4 %; 13 of 63 is 20.6 %
        assertThat(result.total().firms()).isEqualTo(3);
        assertThat(result.scenarios().get(1).ruleSet()).contains("+scenario.minimum");
    }

    @Test
    void theSameSeedGeneratesTheSameFirms() {
        var p = new SyntheticFirms.Parameters(300, Map.of(SizeClass.MICRO, 90.0, SizeClass.SMALL, 10.0), 0.1, 0.1, 7);

        var once = SyntheticFirms.generate(p, new SplittableRandom(7));
        var again = SyntheticFirms.generate(p, new SplittableRandom(7));

        assertThat(once).isEqualTo(again).hasSize(300);
        assertThat(once).allMatch(f -> f.size() == SizeClass.MICRO || f.size() == SizeClass.SMALL);
        assertThat(once.stream().mapToLong(Firm::foreignWorkers).sum()).isPositive();
    }

    @Test
    void aFirmsFileBuildsEachFirmFromItsTotalsAndForeignWorkers() throws Exception {
        var firms = FirmsCsv.read(new StringReader("""
                firm_id,size_class,headcount,monthly_payroll,foreign_monthly_pay,foreign_exemption,foreign_document_type,foreign_nationality
                F1,micro,4,6000,1500,,CE,CHN
                F2,,20,40000,,,,
                F3,,30,60000,2500,SPECIALIST,CE,USA
                F3,,30,60000,1800,,CPP,VEN
                """));

        assertThat(firms).hasSize(3);
        assertThat(firms.get(0).headcount()).isEqualTo(4);
        assertThat(firms.get(0).payroll()).isEqualByComparingTo("6000");
        assertThat(firms.get(1).size()).isEqualTo(SizeClass.SMALL);
        assertThat(firms.get(2).foreignWorkers()).isEqualTo(2);
        assertThat(firms.get(2).payroll()).isEqualByComparingTo("60000");
    }

    @Test
    void aFirmsFileWithInconsistentTotalsIsRefusedWithTheLine() {
        assertThatThrownBy(() -> FirmsCsv.read(new StringReader("""
                firm_id,headcount,monthly_payroll,foreign_monthly_pay
                F1,4,6000,1500
                F1,5,6000,1500
                F2,1,1000,1500
                """))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                .extracting(p -> p.code()).containsExactly("employment.firms.inconsistent", "employment.firms.totals"));
    }
}
