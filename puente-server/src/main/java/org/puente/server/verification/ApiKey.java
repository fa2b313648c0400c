package org.puente.server.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An issued API key as stored: its hash and the first characters (to recognise it), never the key. */
record ApiKey(UUID id, UUID relyingPartyId, String prefix, LocalDate expiresOn, Instant revokedAt, String createdBy,
              Instant createdAt) {

    public boolean usableOn(LocalDate day) {
        return revokedAt == null && !expiresOn.isBefore(day);
    }
}
