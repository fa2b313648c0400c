package org.puente.linkage;

/**
 * What one field contributed to a score: the comparison, the level the pair fell into and its
 * weight in bits (log₂ of m/u; positive is evidence for the same person). A field missing on
 * either side has level "missing" and weight 0.
 */
public record FieldEvidence(String field, String level, double weight) {
}
