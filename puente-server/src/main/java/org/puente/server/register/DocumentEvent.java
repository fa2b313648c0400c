package org.puente.server.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A step in a document's history: issued, extended, revoked, replaced. */
public record DocumentEvent(UUID id, UUID documentId, String kind, DocumentStatus previousStatus,
                            DocumentStatus newStatus, LocalDate previousExpiry, LocalDate newExpiry, String reason,
                            String actor, Instant at) {
}
