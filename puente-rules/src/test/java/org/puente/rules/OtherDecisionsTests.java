package org.puente.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.rules.TestDocuments.date;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table cases for contract-term, residence-route, returnees, health insurance and accepted documents. */
class OtherDecisionsTests {
    static final List<String> ALL_CLAUSES = List.of("APPROVAL_DOES_NOT_AUTHORISE_WORK_WITHOUT_STATUS", "RETURN_TRANSPORT", "TRAINING_OF_NATIONALS");
    final Decisions decisions = Decisions.current();

    // --- contract-term (R6) ------------------------------------------------------------------

    @ParameterizedTest(name = "{0} to {1}: valid {2}")
    @CsvSource({
            "2024-01-01, 2026-12-31, true",    // exactly 3 years
            "2024-01-01, 2027-01-01, false",   // one day over
            "2024-03-15, 2025-03-14, true",
    })
    void aContractMayRunAtMostThreeYears(String start, String end, boolean valid) {
        var a = decisions.contractTerm().evaluate(new ContractTerm.Facts(DocumentType.CE, date(start), date(end), List.of(), null, true,
                ALL_CLAUSES, List.of())).answer();

        assertThat(a.valid()).isEqualTo(valid);
        if (!valid) assertThat(a.issues()).containsExactly(ContractTerm.Issue.TERM_TOO_LONG);
    }

    @Test
    void aPtpContractMayNotOutlastThePermitButMayEndOnItsExpiryDay() {
        var onExpiry = decisions.contractTerm().evaluate(new ContractTerm.Facts(DocumentType.PTP, date("2026-01-01"), date("2026-06-30"),
                List.of(), date("2026-06-30"), true, ALL_CLAUSES, List.of())).answer();
        var dayAfter = decisions.contractTerm().evaluate(new ContractTerm.Facts(DocumentType.PTP, date("2026-01-01"), date("2026-07-01"),
                List.of(), date("2026-06-30"), true, ALL_CLAUSES, List.of())).answer();

        assertThat(onExpiry.valid()).isTrue();
        assertThat(dayAfter.issues()).containsExactly(ContractTerm.Issue.OUTLASTS_PERMIT);
    }

    @Test
    void anUnwrittenOpenEndedContractWithoutClausesFailsOnEachCount() {
        var a = decisions.contractTerm().evaluate(new ContractTerm.Facts(DocumentType.CE, date("2026-01-01"), null,
                List.of(new ContractTerm.Extension(date("2027-01-01"), date("2031-01-01"))), null, false, List.of("RETURN_TRANSPORT"), List.of())).answer();

        assertThat(a.issues()).containsExactly(ContractTerm.Issue.NOT_WRITTEN, ContractTerm.Issue.NOT_FIXED_TERM,
                ContractTerm.Issue.EXTENSION_TOO_LONG, ContractTerm.Issue.MISSING_CLAUSES);
        assertThat(a.missingClauses()).containsExactly("APPROVAL_DOES_NOT_AUTHORISE_WORK_WITHOUT_STATUS", "TRAINING_OF_NATIONALS");
        assertThat(a.tooLongExtensions()).containsExactly(0);
    }

    @Test
    void anExceptedWorkersContractIsNotSubjectToDl689() {
        var a = decisions.contractTerm().evaluate(new ContractTerm.Facts(DocumentType.CE, date("2026-01-01"), null, List.of(), null, true,
                List.of(), List.of("PERUVIAN_SPOUSE"))).answer();

        assertThat(a.subjectToDl689()).isFalse();
        assertThat(a.valid()).isTrue();
    }

    // --- residence-route (R7) ----------------------------------------------------------------

    ResidenceRoute.Answer route(String asOf, DocumentType type, String issue, String expiry, List<String> records) {
        return decisions.residenceRoute().evaluate(new ResidenceRoute.Facts(date(asOf), type, date(issue), date(expiry), "VEN", records,
                true, null, null)).answer();
    }

    @Test
    void aCppHolderBecomesEligibleSixMonthsAfterIssueAndShouldApplyThirtyDaysBeforeExpiry() {
        var notYet = route("2026-09-01", DocumentType.CPP, "2026-03-02", "2027-03-01", List.of());
        var onTheDay = route("2026-09-02", DocumentType.CPP, "2026-03-02", "2027-03-01", List.of());

        assertThat(notYet.status()).isEqualTo(ResidenceRoute.Status.NOT_YET_ELIGIBLE);
        assertThat(onTheDay.status()).isEqualTo(ResidenceRoute.Status.ELIGIBLE);
        assertThat(onTheDay.eligibleFrom()).isEqualTo(date("2026-09-02"));
        assertThat(onTheDay.applyBy()).isEqualTo(date("2027-01-30"));
        assertThat(onTheDay.residenceYears()).isEqualTo(1);
    }

    @Test
    void anExpiredPtpStillQualifiesButARecordDoesNot() {
        assertThat(route("2026-11-23", DocumentType.PTP, "2018-06-01", "2019-06-01", List.of()).status()).isEqualTo(ResidenceRoute.Status.ELIGIBLE);
        var barred = route("2026-11-23", DocumentType.PTP, "2018-06-01", "2019-06-01", List.of("INTERPOL_ALERT"));
        assertThat(barred.status()).isEqualTo(ResidenceRoute.Status.NOT_ELIGIBLE);
        assertThat(barred.barriers()).containsExactly("RECORD:INTERPOL_ALERT");
    }

    @Test
    void anExpiredPassportBarsTheRouteUnlessTheLastEntryWasBeforeTheSecondOfJuly2024() {
        var before = decisions.residenceRoute().evaluate(new ResidenceRoute.Facts(date("2026-11-23"), DocumentType.CPP, date("2024-01-02"),
                date("2025-01-01"), "VEN", List.of(), false, date("2024-07-01"), false)).answer();
        var after = decisions.residenceRoute().evaluate(new ResidenceRoute.Facts(date("2026-11-23"), DocumentType.CPP, date("2024-01-02"),
                date("2025-01-01"), "VEN", List.of(), false, date("2024-07-02"), false)).answer();

        assertThat(before.status()).isEqualTo(ResidenceRoute.Status.ELIGIBLE);
        assertThat(before.expiredPassportExceptionApplies()).isTrue();
        assertThat(after.barriers()).containsExactly("PASSPORT_NOT_VALID");
    }

    // --- returnees (R11–R13) -----------------------------------------------------------------

    ReturneeEligibility.Answer returnee(String abroadSince, String entry, boolean forced, String declared, List<ReturneeEligibility.YearVisits> visits) {
        return decisions.returneeEligibility().evaluate(new ReturneeEligibility.Facts(date("2026-11-23"), "PER", true, date("1990-01-01"),
                date(abroadSince), date(entry), visits, forced, List.of(), date(declared), null)).answer();
    }

    @ParameterizedTest(name = "abroad since {0}, back {1}, forced {2}: {3}")
    @CsvSource({
            "2023-10-01, 2026-10-01, false, ELIGIBLE",       // exactly 3 years
            "2023-10-02, 2026-10-01, false, NOT_ELIGIBLE",   // one day short
            "2024-10-01, 2026-10-01, true,  ELIGIBLE",       // forced return: 2 years
            "2024-10-02, 2026-10-01, true,  NOT_ELIGIBLE",
    })
    void threeYearsAbroadOrTwoAfterAForcedReturn(String since, String entry, boolean forced, ReturneeEligibility.Status expected) {
        assertThat(returnee(since, entry, forced, "2026-09-15", List.of()).status()).isEqualTo(expected);
    }

    @Test
    void visitsOfUpTo180DaysAYearDoNotBreakTheTimeAbroadButLongerOnesDo() {
        assertThat(returnee("2020-01-01", "2026-10-01", false, "2026-09-15", List.of(new ReturneeEligibility.YearVisits(2024, 180))).status())
                .isEqualTo(ReturneeEligibility.Status.ELIGIBLE);
        assertThat(returnee("2020-01-01", "2026-10-01", false, "2026-09-15", List.of(new ReturneeEligibility.YearVisits(2024, 181))).barriers())
                .containsExactly("VISITS_EXCEEDED:2024");
    }

    @Test
    void theDeclarationIsDueWithin180DaysBeforeOrAfterEntry() {
        var a = returnee("2020-01-01", "2026-01-01", false, "2026-06-30", List.of());
        assertThat(a.declarationWindowTo()).isEqualTo(date("2026-06-30"));
        assertThat(a.status()).isEqualTo(ReturneeEligibility.Status.ELIGIBLE);
        assertThat(returnee("2020-01-01", "2026-01-01", false, "2026-07-01", List.of()).barriers()).containsExactly("DECLARATION_OUTSIDE_WINDOW");
    }

    @Test
    void householdGoodsAboveFiftyThousandDollarsAreOverTheCapWhichIsFlaggedUnconfirmed() {
        var o = decisions.returneeCaps().evaluate(new ReturneeCaps.Facts(date("2026-11-23"), new BigDecimal("50000.01"), new BigDecimal("50000"),
                new BigDecimal("350000"), true));

        assertThat(o.answer().items()).extracting(ReturneeCaps.Item::withinCap).containsExactly(false, true, true);
        assertThat(o.answer().items().get(0).excess()).isEqualByComparingTo("0.01");
        assertThat(o.answer().items().get(0).confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(o.explanation().usesUnconfirmed()).isTrue();
    }

    @Test
    void noReturneeExemptionWasInForceBetweenTheLapseIn2016AndLey31827() {
        assertThat(decisions.returneeCaps().evaluate(new ReturneeCaps.Facts(date("2020-01-01"), BigDecimal.ONE, null, null, null))
                .answer().regimeInForce()).isFalse();
    }

    @ParameterizedTest(name = "filed {0}: due {1}")
    @CsvSource({
            "2026-11-23, 2026-12-16",   // 8 Dec (Immaculate Conception) and 9 Dec (Ayacucho) skipped
            "2026-07-20, 2026-08-14",   // 23 Jul, 28–29 Jul and 6 Aug skipped
            "2026-03-02, 2026-03-23",   // no holiday in the way
    })
    void theTmrDecisionIsDueFifteenBusinessDaysAfterFilingSkippingHolidays(String filed, String due) {
        var o = decisions.returneeDeadline().evaluate(new ReturneeDeadline.Facts(date(filed)));

        assertThat(o.answer().dueDate()).isEqualTo(date(due));
        assertThat(o.explanation().usesUnconfirmed()).isTrue();
    }

    // --- health-insurance (R14) --------------------------------------------------------------

    HealthInsurance.Answer sis(String nationality, DocumentType type, boolean resident, boolean otherInsurance, List<String> groups, boolean tbHiv) {
        return decisions.healthInsurance().evaluate(new HealthInsurance.Facts(date("2026-11-23"), nationality, type, true, resident,
                otherInsurance, groups, tbHiv)).answer();
    }

    @Test
    void aResidentCeHolderWithoutOtherInsuranceCanJoinSisParaTodos() {
        assertThat(sis("VEN", DocumentType.CE, true, false, List.of(), false).plan()).isEqualTo(HealthInsurance.Plan.SIS_PARA_TODOS);
    }

    @Test
    void aPoorCeHolderGetsSisGratuito() {
        assertThat(sis("VEN", DocumentType.CE, true, false, List.of("POVERTY"), false).plan()).isEqualTo(HealthInsurance.Plan.SIS_GRATUITO);
    }

    @Test
    void aNonResidentCppHolderWithTbCanEnrolTemporarily() {
        assertThat(sis("VEN", DocumentType.CPP, false, false, List.of(), true).plan()).isEqualTo(HealthInsurance.Plan.SIS_TEMPORARY_TB_HIV);
    }

    @Test
    void aPregnantCppHolderIsNotGrantedSisOnTheUnconfirmedRuleButTheAnswerNotesIt() {
        var a = sis("VEN", DocumentType.CPP, false, false, List.of("PREGNANT_OR_POSTPARTUM"), false);

        assertThat(a.plan()).isEqualTo(HealthInsurance.Plan.NONE);
        assertThat(a.notes()).extracting(Reason::key).containsExactly("health.note.pregnant_under5");
    }

    @Test
    void otherInsuranceRulesOutEverySubsidisedPlan() {
        assertThat(sis("PER", null, true, true, List.of("POVERTY"), false).plan()).isEqualTo(HealthInsurance.Plan.NONE);
    }

    // --- accepted-documents (R15) ------------------------------------------------------------

    @Test
    void banksAreUrgedButNotObligedToAcceptTheCppAndTheAsylumSeekerCard() {
        var a = decisions.acceptedDocuments().evaluate(new AcceptedDocuments.Facts(date("2026-11-23"), AcceptedDocuments.Sector.BANK, null, null)).answer();

        assertThat(a.documents()).filteredOn(e -> e.documentType() == DocumentType.CPP || e.documentType() == DocumentType.ASYLUM_SEEKER_CARD)
                .allSatisfy(e -> assertThat(e.acceptance()).isEqualTo(AcceptedDocuments.Acceptance.RECOMMENDED));
        assertThat(a.documents()).filteredOn(e -> e.documentType() == DocumentType.CE)
                .singleElement().satisfies(e -> assertThat(e.acceptance()).isEqualTo(AcceptedDocuments.Acceptance.ACCEPTED_BY_NORM));
    }

    @Test
    void beforeMay2020TheSbsHadNotUrgedBanksToAcceptThePtp() {
        var e = decisions.acceptedDocuments().evaluate(new AcceptedDocuments.Facts(LocalDate.of(2020, 4, 30), AcceptedDocuments.Sector.BANK,
                DocumentType.PTP, null)).answer().documents().get(0);

        assertThat(e.acceptance()).isNotEqualTo(AcceptedDocuments.Acceptance.RECOMMENDED);
    }

    @Test
    void healthServicesAcceptAPassportOnlyForTbHivEnrolment() {
        var e = decisions.acceptedDocuments().evaluate(new AcceptedDocuments.Facts(date("2026-11-23"), AcceptedDocuments.Sector.HEALTH,
                DocumentType.PASSPORT, null)).answer().documents().get(0);

        assertThat(e.acceptance()).isEqualTo(AcceptedDocuments.Acceptance.ACCEPTED_BY_NORM);
        assertThat(e.scope()).isEqualTo("SIS_TB_HIV_ENROLMENT");
    }
}
