package org.puente.server.register;

import java.time.LocalDate;

/**
 * One person to add in bulk: a checked draft with a source record id, an optional migration
 * status, and the state its first document is already in (imports of old registers and demo data
 * carry expired, extended and revoked cards). {@code line} locates the row in its source.
 */
record BulkDraft(long line, NewPerson person, NewStatus status, DocumentState document) {

    BulkDraft {
        if (person.sourceRecordId() == null || person.sourceRecordId().isBlank()) {
            throw new IllegalArgumentException("bulk drafts need a source record id");
        }
        if (document == null) {
            document = DocumentState.ISSUED;
        }
    }

    /** How the first document stands: as issued, extended from an earlier expiry, or revoked with a reason. */
    record DocumentState(DocumentStatus status, String reason, LocalDate previousExpiry) {

        static final DocumentState ISSUED = new DocumentState(DocumentStatus.ACTIVE, null, null);

        static DocumentState extendedFrom(LocalDate previousExpiry, String reason) {
            return new DocumentState(DocumentStatus.EXTENDED, reason, previousExpiry);
        }

        static DocumentState revoked(String reason) {
            return new DocumentState(DocumentStatus.REVOKED, reason, null);
        }
    }
}
