package org.puente.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.puente.rules.TestDocuments.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentValidityTests {
    final DocumentValidity decision = Decisions.current().documentValidity();

    DocumentValidity.Answer on(String asOf, Document d, Holder h) {
        return decision.evaluate(new DocumentValidity.Facts(date(asOf), d, h)).answer();
    }

    @ParameterizedTest(name = "{0} {1}–{2} as of {3}: {4}")
    @CsvSource({
            // type, issue, expiry, as of, validity
            "CE,        2024-01-10, 2028-01-10, 2028-01-10, VALID",      // the expiry day itself is still valid
            "CE,        2024-01-10, 2028-01-10, 2028-01-11, EXPIRED",    // the day after
            "PTP,       2018-05-01, 2019-05-01, 2019-05-02, EXPIRED",
            "CE,        2024-01-10, 2028-01-10, 2024-01-09, NOT_VALID",  // before it was issued
            "APTE_P,    2018-06-01, 2018-07-31, 2018-07-31, VALID",
    })
    void aDocumentIsValidFromItsIssueDateThroughItsExpiryDate(DocumentType type, String issue, String expiry, String asOf,
                                                              DocumentValidity.Validity expected) {
        assertThat(on(asOf, document(type, issue, expiry), null).validity()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "CPP 2020 expired {0}, as of {1}: {2}")
    @CsvSource({
            "2022-10-01, 2023-12-04, VALID",     // the extension's last day
            "2022-10-01, 2023-12-05, EXPIRED",   // the day after the extension ended
            "2022-10-01, 2023-10-23, VALID",     // first day of the 30 business days ending 4 Dec 2023
            "2022-10-01, 2023-10-20, EXPIRED",   // before the extension window
            "2023-11-10, 2023-11-20, VALID",
    })
    void dS0102020CppsWereExtendedUntilTheFourthOfDecember2023(String expiry, String asOf, DocumentValidity.Validity expected) {
        var a = on(asOf, cpp2020("2021-10-01", expiry), null);

        assertThat(a.validity()).isEqualTo(expected);
        if (expected == DocumentValidity.Validity.VALID) {
            assertThat(a.ground()).isEqualTo(DocumentValidity.Ground.CPP_2020_EXTENSION);
            assertThat(a.validUntil()).isEqualTo(LocalDate.of(2023, 12, 4));
        }
    }

    @Test
    void aCppOfThe2023RegimeIsNotExtended() {
        var cpp = new Document(DocumentType.CPP, DocumentStatus.ACTIVE, LocalDate.of(2023, 8, 1), LocalDate.of(2023, 11, 1), null, "VEN",
                Document.CppRegime.DS_003_2023_IN);

        assertThat(on("2023-11-20", cpp, null).validity()).isEqualTo(DocumentValidity.Validity.EXPIRED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"REVOKED", "REPLACED"})
    void revokedAndReplacedDocumentsAreNeverValidEvenBeforeTheirExpiry(DocumentStatus status) {
        var d = new Document(DocumentType.CE, status, LocalDate.of(2024, 1, 10), LocalDate.of(2028, 1, 10), CalidadMigratoria.PERMANENTE, "VEN", null);

        assertThat(on("2025-01-01", d, null).validity()).isEqualTo(DocumentValidity.Validity.NOT_VALID);
    }

    @Test
    void anExpiredVenezuelanPassportIsAcceptedOnceForAChangeOfStatusIfTheLastEntryWasBeforeTheSecondOfJuly2024() {
        var a = on("2025-03-01", venezuelanPassport("2022-05-01"), new Holder(null, LocalDate.of(2024, 7, 1), false));

        assertThat(a.validity()).isEqualTo(DocumentValidity.Validity.EXPIRED_BUT_ACCEPTED);
        assertThat(a.acceptedFor()).containsExactly(DocumentValidity.Procedure.CHANGE_OF_STATUS);
    }

    @Test
    void anExpiredPassportIsNotAcceptedWhenTheLastEntryWasOnOrAfterTheSecondOfJuly2024OrTheExceptionWasUsed() {
        assertThat(on("2025-03-01", venezuelanPassport("2022-05-01"), new Holder(null, LocalDate.of(2024, 7, 2), false)).validity())
                .isEqualTo(DocumentValidity.Validity.EXPIRED);
        assertThat(on("2025-03-01", venezuelanPassport("2022-05-01"), new Holder(null, LocalDate.of(2024, 1, 2), true)).validity())
                .isEqualTo(DocumentValidity.Validity.EXPIRED);
    }

    @Test
    void anAsylumSeekerCardWithoutExpiryIsValidUntilTheDecision() {
        assertThat(on("2026-11-23", asylumSeekerCard(), null).ground()).isEqualTo(DocumentValidity.Ground.VALID_UNTIL_ASYLUM_DECISION);
    }

    @Test
    void aForeignIdCardIdentifiesOnlyNationalsOfAndeanCountries() {
        var colombian = new Document(DocumentType.FOREIGN_ID_CARD, DocumentStatus.ACTIVE, null, LocalDate.of(2030, 1, 1), null, "COL", null);
        var venezuelan = new Document(DocumentType.FOREIGN_ID_CARD, DocumentStatus.ACTIVE, null, LocalDate.of(2030, 1, 1), null, "VEN", null);

        assertThat(on("2026-01-01", colombian, null).validity()).isEqualTo(DocumentValidity.Validity.VALID);
        assertThat(on("2026-01-01", venezuelan, null).ground()).isEqualTo(DocumentValidity.Ground.FOREIGN_ID_CARD_NOT_RECOGNISED);
    }

    @Test
    void aMissingExpiryDateIsNamedAsTheFieldToFix() {
        var d = new Document(DocumentType.CE, DocumentStatus.ACTIVE, null, null, null, null, null);

        assertThatThrownBy(() -> decision.evaluate(new DocumentValidity.Facts(LocalDate.of(2026, 1, 1), d, null)))
                .isInstanceOfSatisfying(FactsProblem.class, p -> {
                    assertThat(p.fields()).extracting(FactsProblem.Field::path).containsExactly("document.expiryDate");
                    assertThat(p.fields().get(0).message().es()).isNotBlank();
                    assertThat(p.fields().get(0).message().en()).isNotBlank();
                });
    }

    @Test
    void aDateBeforeTheRuleSetCoversIsAProblemWithAsOf() {
        var facts = new ReturneeDeadline.Facts(LocalDate.of(2010, 1, 4));

        assertThatThrownBy(() -> Decisions.current().returneeDeadline().evaluate(facts))
                .isInstanceOfSatisfying(FactsProblem.class, p ->
                        assertThat(p.fields()).extracting(FactsProblem.Field::path).isEqualTo(List.of("filingDate")));
    }
}
