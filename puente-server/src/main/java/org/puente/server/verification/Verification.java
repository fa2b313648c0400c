package org.puente.server.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.puente.server.register.DocumentType;

/**
 * The answer to one verification: the outcome and, unless NO_MATCH, the validity, the holder's
 * initials and the rights asked for. {@code documentId} stays inside Puente (the holder's history).
 */
record Verification(String reference, Outcome outcome, DocumentType documentType, LocalDate validUntil,
                    Instant asOf, String holderInitials, List<RightsOfDocument.RightAnswer> rights, UUID documentId) {
}
