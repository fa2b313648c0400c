package org.puente.rules;

import java.time.LocalDate;

/**
 * One identity document as the register holds it.
 *
 * @param type        the document type (required)
 * @param status      the register status (required)
 * @param issueDate   when it was issued; needed for the CPP regime and the Especial Residente route
 * @param expiryDate  last day of validity (inclusive); may be empty only for an asylum-seeker card
 * @param calidad     the calidad migratoria it evidences, when it has one (CE, passport with a visa)
 * @param nationality the holder's nationality, ISO 3166-1 alpha-3 ({@code VEN}); needed for passports
 *                    and foreign ID cards
 * @param cppRegime   for a CPP: the regime it was issued under; when empty, presumed from the issue date
 */
public record Document(
        DocumentType type,
        DocumentStatus status,
        LocalDate issueDate,
        LocalDate expiryDate,
        CalidadMigratoria calidad,
        String nationality,
        CppRegime cppRegime) {

    /** The CPP regimes: DS 010-2020-IN (2020) and DS 003-2023-IN with RS 000109-2023-MIGRACIONES (2023). */
    public enum CppRegime { DS_010_2020_IN, DS_003_2023_IN }

    /** Checks the document found at {@code document} in a facts record (paths are literals: this runs per call). */
    void check(Problems p) {
        p.required("document.type", type);
        p.required("document.status", status);
        if (nationality != null && !Problems.isIso3(nationality)) p.nationality("document.nationality", nationality);
        if (issueDate != null && expiryDate != null && expiryDate.isBefore(issueDate)) {
            p.notBefore("document.expiryDate", expiryDate, "document.issueDate", issueDate);
        }
        if (expiryDate == null && type != null && type != DocumentType.ASYLUM_SEEKER_CARD && status != DocumentStatus.REVOKED
            && status != DocumentStatus.REPLACED && status != DocumentStatus.EXPIRED) {
            p.required("document.expiryDate", expiryDate);
        }
        if (nationality == null && (type == DocumentType.FOREIGN_ID_CARD || type == DocumentType.PASSPORT)) {
            p.required("document.nationality", nationality);
        }
    }
}
