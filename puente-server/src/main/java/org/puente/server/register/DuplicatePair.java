package org.puente.server.register;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Two registered people who may be the same person, the evidence for it and, once a registrar has
 * looked, the decision. {@code personA} sorts before {@code personB}, so a pair exists once.
 */
public record DuplicatePair(UUID id, UUID personA, UUID personB, double score, Evidence evidence, String foundBy,
                            State state, String decidedBy, Instant decidedAt, UUID mergeId, Instant createdAt,
                            long version) {

    public enum State {
        /** Waiting for a registrar. */
        PENDING,
        /** Decided: the same person (merged). */
        SAME,
        /** Decided: different people; never proposed again. */
        DIFFERENT
    }

    /** How a pair was found: at registration, or by a batch pass over the register. */
    public static final String AT_INTAKE = "INTAKE";
    public static final String BY_BATCH = "BATCH";

    /**
     * Why the engine thinks two records are one person: each field's comparison level and weight
     * (log-likelihood ratio, bits), their total and the match probability.
     */
    public record Evidence(List<Field> fields, double total, double probability) {

        public record Field(String field, String level, double weight) {
        }
    }
}
