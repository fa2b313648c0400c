package org.puente.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

class RuleBookTests {
    final RuleBook book = RuleBook.load();

    @Test
    void everyPublishedRuleSetStillHasTheContentHashRecordedWhenItWasPublished() {
        for (var published : RuleBook.published()) {
            var loaded = RuleBook.load(published.version()).version();
            assertThat(loaded.contentHash())
                    .as("rule set %s was edited after publication: publish a new version instead (hash now %s)",
                            published.version(), loaded.contentHash())
                    .isEqualTo(published.contentHash());
        }
        assertThat(RuleBook.published()).extracting(RuleSetVersion::version).contains(RuleBook.currentVersion());
    }

    @Test
    void aStoredDecisionsVersionLoadsTheSameRuleSet() {
        var outcome = Decisions.current().hiringLimit().evaluate(Decisions.current().hiringLimit().exampleFacts());
        var replayed = RuleBook.load(outcome.explanation().ruleSet().version());

        assertThat(replayed.version()).isEqualTo(outcome.explanation().ruleSet());
    }

    @Test
    void everyParameterValueCitesANormAndSaysHowSureItIs() {
        assertThat(book.parameters()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.description().es()).isNotBlank();
            assertThat(p.description().en()).isNotBlank();
            assertThat(p.values()).allSatisfy(v -> {
                assertThat(v.source().norm()).isNotBlank();
                assertThat(v.confidence()).isNotNull();
            });
        });
        assertThat(book.rules()).allSatisfy(r -> assertThat(r.sources()).isNotEmpty());
    }

    @Test
    void theFactSheetsConfirmedLimitsAreConfirmedAndItsOpenQuestionsAreNot() {
        var asOf = LocalDate.of(2026, 1, 1);
        assertThat(book.value("dl689.headcount_share", asOf).decimal()).isEqualByComparingTo("0.20");
        assertThat(book.value("dl689.payroll_share", asOf).decimal()).isEqualByComparingTo("0.30");
        assertThat(book.value("dl689.headcount_share", asOf).confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(book.value("dl689.counts.ptp_apte_p", asOf).confidence()).isEqualTo(Confidence.CONFIRMED);
        for (var open : new String[]{"dl689.counting_rule", "dl689.counts.cpp", "dl689.counts.refugees", "dl689.counts.asylum_seekers",
                "dl689.counts.andean", "dl689.counts.mercosur", "dl689.counts.spain", "returnee.cap.household_goods",
                "returnee.tmr_decision_business_days", "pe.holidays"}) {
            assertThat(book.value(open, asOf).confidence()).as(open).isEqualTo(Confidence.UNCONFIRMED);
        }
    }

    @Test
    void theHolidayListHasHolyThursdayAndGoodFridayOfEveryYearFrom2017To2027() {
        var days = book.businessDays();
        for (int y = 2017; y <= 2027; y++) {
            var easter = easter(y);
            assertThat(days.isHoliday(easter.minusDays(3))).as("Holy Thursday %d", y).isTrue();
            assertThat(days.isHoliday(easter.minusDays(2))).as("Good Friday %d", y).isTrue();
            for (var fixed : new String[]{"-01-01", "-05-01", "-06-29", "-07-28", "-07-29", "-08-30", "-10-08", "-11-01", "-12-08", "-12-25"}) {
                assertThat(days.isHoliday(LocalDate.parse(y + fixed))).as(y + fixed).isTrue();
            }
        }
        assertThat(days.covers(2016)).isFalse();
        assertThat(days.covers(2028)).isFalse();
    }

    @Test
    void businessDaysSkipWeekendsAndHolidaysAndNeverCountTheStartDay() {
        var days = book.businessDays();
        // Friday 24 Jul 2026: Mon 27 is a business day, 28–29 Jul are Fiestas Patrias.
        assertThat(days.plus(LocalDate.of(2026, 7, 24), 1)).isEqualTo(LocalDate.of(2026, 7, 27));
        assertThat(days.plus(LocalDate.of(2026, 7, 24), 2)).isEqualTo(LocalDate.of(2026, 7, 30));
        assertThat(days.between(LocalDate.of(2026, 7, 24), LocalDate.of(2026, 7, 30))).isEqualTo(2);
        assertThat(days.minus(LocalDate.of(2026, 7, 30), 2)).isEqualTo(LocalDate.of(2026, 7, 24));
        assertThat(days.isBusinessDay(LocalDate.of(2026, 12, 8))).isFalse();
        assertThat(LocalDate.of(2026, 12, 8).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    }

    @Test
    void spanishAndEnglishTextsHaveTheSameKeys() {
        var es = ResourceBundle.getBundle("org.puente.rules.messages", Locale.forLanguageTag("es"));
        var en = Messages.bundle(Locale.ENGLISH);

        assertThat(Messages.bundle(Locale.FRENCH).keySet()).isEqualTo(es.keySet());
        assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(es.keySet());
    }

    /** Anonymous Gregorian computus, to check the holiday data independently of how it was written. */
    static LocalDate easter(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        return LocalDate.of(y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
    }
}
