package org.puente.server.register;

import java.util.List;

/**
 * Everything the register holds about one person, with its history. A merged person's record
 * points to the survivor ({@code mergedInto}); {@code merges} lists the merges the person took
 * part in, either way.
 */
public record PersonRecord(Person person, List<IdentityDocument> documents, List<DocumentEvent> documentEvents,
                           List<MigrationStatus> statuses, List<Correction> corrections, java.util.UUID mergedInto,
                           List<PersonMerge> merges) {
}
