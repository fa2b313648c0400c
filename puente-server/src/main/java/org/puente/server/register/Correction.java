package org.puente.server.register;

import java.time.Instant;
import java.util.UUID;

/** A corrected field of a person's data: the old value is kept, with who changed it and why. */
public record Correction(UUID id, UUID personId, String field, String oldValue, String newValue, String reason,
                         String actor, Instant at) {
}
