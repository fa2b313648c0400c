package org.puente.server.verification;

import java.time.Instant;
import java.util.UUID;

/**
 * One verification as recorded: who asked (a relying party, or nobody for the public page and
 * seals), about which document (none when no document has that number), the outcome and when.
 */
record VerificationRecord(String reference, Instant at, Channel channel, UUID relyingPartyId, Purpose purpose,
                          String documentType, UUID documentId, Outcome outcome) {
}
