package org.puente.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.rules.TestDocuments.*;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class RightsSummaryTests {
    final RightsSummary decision = Decisions.current().rightsSummary();

    RightsSummary.Answer rights(String asOf, Document d, Holder h) {
        return decision.evaluate(new RightsSummary.Facts(date(asOf), d, h)).answer();
    }

    @Test
    void aValidCppAllowsWorkAndEducationAndMakesSisAndBanksConditional() {
        var a = rights("2026-11-23", document(DocumentType.CPP, "2026-03-02", "2027-03-01"), null);

        assertThat(a.right(RightsSummary.Right.WORK_EMPLOYEE).status()).isEqualTo(Permission.ALLOWED);
        assertThat(a.right(RightsSummary.Right.WORK_SELF_EMPLOYED).status()).isEqualTo(Permission.ALLOWED);
        assertThat(a.right(RightsSummary.Right.EDUCATION).status()).isEqualTo(Permission.ALLOWED);
        var sis = a.right(RightsSummary.Right.HEALTH_SIS);
        assertThat(sis.status()).isEqualTo(Permission.DEPENDS);
        assertThat(sis.dependsOn()).contains("TB_OR_HIV_DIAGNOSIS");
        var bank = a.right(RightsSummary.Right.BANK_ACCOUNT);
        assertThat(bank.status()).isEqualTo(Permission.DEPENDS);
        assertThat(bank.dependsOn()).containsExactly("BANK_ACCEPTS_DOCUMENT");
        assertThat(bank.basis()).extracting(Source::norm).containsExactly("Oficio Múltiple N° 13323-2020-SBS");
    }

    @Test
    void aCeAsPermanentResidentAllowsEverythingButSisWhichNeedsNoOtherInsurance() {
        var a = rights("2026-11-23", ce(CalidadMigratoria.PERMANENTE, "2029-01-01"), null);

        assertThat(a.rights()).filteredOn(r -> r.right() != RightsSummary.Right.HEALTH_SIS)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(Permission.ALLOWED));
        assertThat(a.right(RightsSummary.Right.HEALTH_SIS).dependsOn()).containsExactly("NO_OTHER_INSURANCE");
    }

    @Test
    void onTheDayAfterExpiryADocumentGivesNoRights() {
        var a = rights("2027-03-02", document(DocumentType.CPP, "2026-03-02", "2027-03-01"), null);

        assertThat(a.documentValidity()).isEqualTo(DocumentValidity.Validity.EXPIRED);
        assertThat(a.rights()).allSatisfy(r -> assertThat(r.status()).isEqualTo(Permission.NOT_ALLOWED));
    }

    @Test
    void beforeTheTbHivLawOfNovember2024ACppGaveNoSisPlan() {
        var before = rights("2024-11-04", document(DocumentType.CPP, "2024-03-02", "2025-03-01"), null);
        var on = rights("2024-11-05", document(DocumentType.CPP, "2024-03-02", "2025-03-01"), null);

        assertThat(before.right(RightsSummary.Right.HEALTH_SIS).status()).isEqualTo(Permission.NOT_ALLOWED);
        assertThat(on.right(RightsSummary.Right.HEALTH_SIS).status()).isEqualTo(Permission.DEPENDS);
    }

    @Test
    void everyRightHasABasisAndAnExplanationInBothLanguages() {
        var a = rights("2026-11-23", asylumSeekerCard(), new Holder(true, null, null));

        assertThat(a.rights()).hasSize(RightsSummary.Right.values().length).allSatisfy(r -> {
            assertThat(r.basis()).isNotEmpty();
            assertThat(r.explanation(Locale.forLanguageTag("es"))).isNotBlank().doesNotContain("[");
            assertThat(r.explanation(Locale.ENGLISH)).isNotBlank().doesNotContain("[");
        });
        assertThat(a.right(RightsSummary.Right.WORK_EMPLOYEE).status()).isEqualTo(Permission.ALLOWED);
    }

    @Test
    void anExpiredPassportAcceptedForAChangeOfStatusOnlyServesThatProcedure() {
        var a = rights("2025-03-01", venezuelanPassport("2022-05-01"), new Holder(null, LocalDate.of(2024, 5, 1), false));

        assertThat(a.right(RightsSummary.Right.PUBLIC_PROCEDURES).dependsOn()).containsExactly("CHANGE_OF_STATUS_ONLY");
        assertThat(a.right(RightsSummary.Right.WORK_EMPLOYEE).status()).isEqualTo(Permission.NOT_ALLOWED);
    }
}
