package org.puente.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.rules.TestDocuments.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkPermissionTests {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    final WorkPermission decision = Decisions.current().workPermission();

    WorkPermission.Answer work(Document d, Holder h, String... exemptions) {
        return decision.evaluate(new WorkPermission.Facts(AS_OF, d, h, List.of(exemptions), false)).answer();
    }

    @ParameterizedTest(name = "CE {0}: employee {1}, independent {2}, contract {3}")
    @CsvSource({
            "TRABAJADOR_RESIDENTE, ALLOWED,     ALLOWED,     SIVICE_APPROVAL",
            "HUMANITARIA,          ALLOWED,     ALLOWED,     SIVICE_APPROVAL",
            "ESPECIAL_RESIDENTE,   ALLOWED,     ALLOWED,     SIVICE_APPROVAL",
            "PERMANENTE,           ALLOWED,     ALLOWED,     SIVICE_APPROVAL",
            "TURISMO,              NOT_ALLOWED, NOT_ALLOWED, NOT_APPLICABLE",
            "NEGOCIOS,             NOT_ALLOWED, DEPENDS,     NOT_APPLICABLE",
            "INVERSIONISTA,        DEPENDS,     DEPENDS,     NONE",
    })
    void whatACeAllowsDependsOnItsCalidad(CalidadMigratoria calidad, Permission employee, Permission independent,
                                          WorkPermission.ContractProcedure procedure) {
        var a = work(ce(calidad, "2027-06-30"), null);

        assertThat(a.employee().status()).isEqualTo(employee);
        assertThat(a.independent().status()).isEqualTo(independent);
        assertThat(a.contractProcedure()).isEqualTo(procedure);
    }

    @Test
    void aValidPtpAllowsEmploymentWithoutMtpeApproval() {
        var a = work(document(DocumentType.PTP, "2026-01-01", "2026-12-31"), null);

        assertThat(a.employee().status()).isEqualTo(Permission.ALLOWED);
        assertThat(a.contractProcedure()).isEqualTo(WorkPermission.ContractProcedure.NONE);
    }

    @Test
    void aPtpThatLapsedTheDayBeforeAllowsNoWork() {
        var a = work(document(DocumentType.PTP, "2025-11-22", "2026-11-22"), null);

        assertThat(a.employee().status()).isEqualTo(Permission.NOT_ALLOWED);
        assertThat(a.documentValidity()).isEqualTo(DocumentValidity.Validity.EXPIRED);
        assertThat(a.contractProcedure()).isEqualTo(WorkPermission.ContractProcedure.NOT_APPLICABLE);
    }

    @Test
    void anAsylumSeekerMayWorkOnlyWithCepRsWorkAuthorisation() {
        assertThat(work(asylumSeekerCard(), new Holder(true, null, null)).employee().status()).isEqualTo(Permission.ALLOWED);
        assertThat(work(asylumSeekerCard(), new Holder(false, null, null)).employee().status()).isEqualTo(Permission.NOT_ALLOWED);
        var unknown = work(asylumSeekerCard(), null).employee();
        assertThat(unknown.status()).isEqualTo(Permission.DEPENDS);
        assertThat(unknown.dependsOn()).containsExactly("ASYLUM_WORK_AUTHORISATION");
    }

    @Test
    void anAndeanWorkerRegistersTheContractInSivitma() {
        var colombian = new Document(DocumentType.CE, DocumentStatus.ACTIVE, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 1, 1),
                CalidadMigratoria.TRABAJADOR_RESIDENTE, "COL", null);

        assertThat(work(colombian, null).contractProcedure()).isEqualTo(WorkPermission.ContractProcedure.SIVITMA_REGISTRATION);
    }

    @Test
    void anExceptedWorkerPresentsTheContractInsteadOfSeekingApproval() {
        var a = work(ce(CalidadMigratoria.FAMILIAR_DE_RESIDENTE, "2027-06-30"), null, "PERUVIAN_SPOUSE");

        assertThat(a.contractProcedure()).isEqualTo(WorkPermission.ContractProcedure.PRESENTATION_OF_EXCEPTED_CONTRACT);
    }

    @Test
    void aCeWithoutCalidadDependsOnTheCalidad() {
        var a = work(ce(null, "2027-06-30"), null);

        assertThat(a.employee().status()).isEqualTo(Permission.DEPENDS);
        assertThat(a.employee().dependsOn()).containsExactly("CALIDAD_MIGRATORIA");
    }

    @Test
    void remoteWorkFromAbroadNeedsApprovalButNoEnablingStatus() {
        var a = decision.evaluate(new WorkPermission.Facts(AS_OF, venezuelanPassport("2020-01-01"), null, List.of(), true)).answer();

        assertThat(a.employee().status()).isEqualTo(Permission.ALLOWED);
        assertThat(a.contractProcedure()).isEqualTo(WorkPermission.ContractProcedure.SIVICE_APPROVAL);
    }
}
