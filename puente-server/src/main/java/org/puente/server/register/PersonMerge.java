package org.puente.server.register;

import java.time.Instant;
import java.util.UUID;

/**
 * One merge of two records of the same person: {@code mergedId} became a pointer to
 * {@code survivorId}, which took its documents and statuses. Undone merges keep who undid them
 * and why.
 */
public record PersonMerge(UUID id, UUID survivorId, UUID mergedId, String reason, String actor, Instant at,
                          String undoneBy, Instant undoneAt, String undoReason) {

    public boolean undone() {
        return undoneAt != null;
    }
}
