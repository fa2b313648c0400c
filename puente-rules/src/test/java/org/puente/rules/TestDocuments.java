package org.puente.rules;

import java.time.LocalDate;

/** Small factories for the documents the tests need. */
final class TestDocuments {
    private TestDocuments() {
    }

    static Document document(DocumentType type, String issue, String expiry) {
        return new Document(type, DocumentStatus.ACTIVE, date(issue), date(expiry), null, "VEN", null);
    }

    static Document ce(CalidadMigratoria calidad, String expiry) {
        return new Document(DocumentType.CE, DocumentStatus.ACTIVE, LocalDate.of(2024, 1, 10), date(expiry), calidad, "VEN", null);
    }

    static Document cpp2020(String issue, String expiry) {
        return new Document(DocumentType.CPP, DocumentStatus.ACTIVE, date(issue), date(expiry), null, "VEN", null);
    }

    static Document venezuelanPassport(String expiry) {
        return new Document(DocumentType.PASSPORT, DocumentStatus.ACTIVE, LocalDate.of(2015, 1, 1), date(expiry), null, "VEN", null);
    }

    static Document asylumSeekerCard() {
        return new Document(DocumentType.ASYLUM_SEEKER_CARD, DocumentStatus.ACTIVE, LocalDate.of(2025, 6, 1), null, null, "VEN", null);
    }

    static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }
}
