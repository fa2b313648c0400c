package org.puente.server.verification;

import java.time.Instant;
import java.util.UUID;

/** An entity that verifies documents: one purpose, a rate limit, and a flag when it looked like guessing. */
record RelyingParty(UUID id, String name, String ruc, String sector, Purpose purpose, int ratePerSecond,
                    Instant flaggedAt, String flagReason, Instant createdAt, long version) {

    public boolean flagged() {
        return flaggedAt != null;
    }
}
