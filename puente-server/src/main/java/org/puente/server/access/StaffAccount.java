package org.puente.server.access;

import java.time.Instant;
import java.util.UUID;

/** A staff account as stored. */
public record StaffAccount(UUID id, String username, String displayName, String passwordHash, Role role,
                           String agencyCode, boolean enabled, int failedAttempts, Instant lockedUntil,
                           long version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
