package org.puente.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.puente.rules.HiringLimitTests.foreigner;
import static org.puente.rules.HiringLimitTests.peruvian;
import static org.puente.rules.HiringLimitTests.workers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What-if rule sets for the small-firm simulator: parameters overridden, never the published set. */
class ScenarioTests {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final List<HiringLimit.Worker> FIRM_OF_FOUR = workers(foreigner("CHN", DocumentType.CE, 1500), peruvian(1500),
            peruvian(1500), peruvian(1500));

    static Outcome<HiringLimit.Answer> check(RuleBook book, List<HiringLimit.Worker> ws) {
        return Decisions.forScenario(book).hiringLimit().evaluate(new HiringLimit.Facts(AS_OF, ws));
    }

    @Test
    void aThirtyPercentHeadcountShareLetsAFirmOfFourEmployOneForeigner() {
        var book = RuleBook.load().withScenario("thirty", Map.of("dl689.headcount_share", new BigDecimal("0.30")));

        var outcome = check(book, FIRM_OF_FOUR);

        assertThat(outcome.answer().compliant()).isTrue();
        assertThat(outcome.answer().headcountLimit()).isEqualByComparingTo("0.30");
        assertThat(Decisions.current().hiringLimit().evaluate(new HiringLimit.Facts(AS_OF, FIRM_OF_FOUR)).answer().compliant())
                .as("the published rule set is untouched").isFalse();
    }

    @Test
    void aScenarioAnswerSaysItIsAScenarioAndNotTheLaw() {
        var published = RuleBook.load();
        var book = published.withScenario("thirty", Map.of("dl689.headcount_share", 0.3));

        var explanation = check(book, FIRM_OF_FOUR).explanation();

        assertThat(explanation.ruleSet().version()).isEqualTo(published.version().version() + "+scenario.thirty");
        assertThat(explanation.ruleSet().contentHash()).hasSize(64).isNotEqualTo(published.version().contentHash());
        assertThat(explanation.usesUnconfirmed()).isTrue();
        assertThat(explanation.parameters()).anySatisfy(p -> {
            assertThat(p.parameter()).isEqualTo("dl689.headcount_share");
            assertThat(p.source().norm()).isEqualTo("Puente scenario");
            assertThat(p.confidence()).isEqualTo(Confidence.UNCONFIRMED);
        });
        assertThat(RuleBook.published()).noneMatch(v -> v.version().contains("scenario"));
    }

    @Test
    void theSameValuesGiveTheSameHashAndOtherValuesAnother() {
        var base = RuleBook.load();
        var a = base.withScenario("s", Map.of("dl689.headcount_share", new BigDecimal("0.3")));
        var b = base.withScenario("s", Map.of("dl689.headcount_share", new BigDecimal("0.3")));
        var c = base.withScenario("s", Map.of("dl689.headcount_share", new BigDecimal("0.4")));

        assertThat(a.version()).isEqualTo(b.version());
        assertThat(c.version().contentHash()).isNotEqualTo(a.version().contentHash());
    }

    @Test
    void aMinimumOfOneForeignWorkerLetsAMicroFirmHireItsFirstForeigner() {
        var book = RuleBook.load().withScenario("min1", Map.of(HiringLimit.MINIMUM_FOREIGN_WORKERS, 1));

        var outcome = check(book, FIRM_OF_FOUR);

        assertThat(outcome.answer().compliant()).isTrue();
        assertThat(outcome.answer().maxCountedForeignWorkers()).isEqualTo(1);
        assertThat(outcome.answer().margin().foreignWorkers()).isZero();
        assertThat(outcome.explanation().lines(java.util.Locale.ENGLISH)).anyMatch(l -> l.contains("not the law"));
    }

    @Test
    void underTheMinimumTheRemainingPlacesAreTheMargin() {
        var book = RuleBook.load().withScenario("min3", Map.of(HiringLimit.MINIMUM_FOREIGN_WORKERS, 3));

        var answer = check(book, FIRM_OF_FOUR).answer();

        assertThat(answer.compliant()).isTrue();
        assertThat(answer.margin().foreignWorkers()).isEqualTo(2);
    }

    @Test
    void aboveTheMinimumTheSharesApplyAgain() {
        var book = RuleBook.load().withScenario("min1", Map.of(HiringLimit.MINIMUM_FOREIGN_WORKERS, 1));
        var two = workers(foreigner("CHN", DocumentType.CE, 1500), foreigner("USA", DocumentType.CE, 1500), peruvian(1500),
                peruvian(1500));

        var answer = check(book, two).answer();

        assertThat(answer.compliant()).isFalse();
        assertThat(answer.breaches()).contains(HiringLimit.Breach.OVER_HEADCOUNT, HiringLimit.Breach.OVER_PAYROLL);
    }

    @Test
    void withThePayrollLimitOnlyTheHeadcountNeverBindsButThePayrollStillDoes() {
        var book = RuleBook.load().withScenario("payroll-only", Map.of("dl689.headcount_share", BigDecimal.ONE));
        var lowPaid = workers(foreigner("CHN", DocumentType.CE, 1000), foreigner("USA", DocumentType.CE, 1000),
                peruvian(3000), peruvian(3000));
        var highPaid = workers(foreigner("CHN", DocumentType.CE, 5000), peruvian(1500), peruvian(1500));

        var low = check(book, lowPaid).answer();
        var high = check(book, highPaid).answer();

        assertThat(low.compliant()).isTrue();
        assertThat(low.margin().foreignWorkers()).isEqualTo(Integer.MAX_VALUE);
        assertThat(low.margin().foreignMonthlyPay()).isEqualByComparingTo("571.42");
        assertThat(high.compliant()).isFalse();
        assertThat(high.breaches()).containsExactly(HiringLimit.Breach.OVER_PAYROLL);
    }

    @Test
    void aScenarioRefusesUnknownParametersWrongTypesAndImpossibleShares() {
        var book = RuleBook.load();

        assertThatThrownBy(() -> book.withScenario("x", Map.of("dl689.no_such_thing", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dl689.no_such_thing");
        assertThatThrownBy(() -> book.withScenario("x", Map.of("dl689.headcount_share", "a fifth")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimal");
        assertThatThrownBy(() -> book.withScenario("x", Map.of("dl689.headcount_share", new BigDecimal("1.2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1");
        assertThatThrownBy(() -> book.withScenario("x", Map.of("dl689.headcount_share", BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.withScenario("x", Map.of(HiringLimit.MINIMUM_FOREIGN_WORKERS, -1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.withScenario("no spaces", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePublishedRuleSetHasNoMinimumSoTheLawIsUnchanged() {
        assertThat(RuleBook.load().hasParameter(HiringLimit.MINIMUM_FOREIGN_WORKERS)).isFalse();
        var answer = Decisions.current().hiringLimit().evaluate(new HiringLimit.Facts(AS_OF, FIRM_OF_FOUR)).answer();
        assertThat(answer.maxCountedForeignWorkers()).isZero();
    }
}
