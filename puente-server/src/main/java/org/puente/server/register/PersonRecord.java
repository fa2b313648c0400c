package org.puente.server.register;

import java.util.List;

/** Everything the register holds about one person, with its history. */
public record PersonRecord(Person person, List<IdentityDocument> documents, List<DocumentEvent> documentEvents,
                           List<MigrationStatus> statuses, List<Correction> corrections) {
}
