package org.puente.linkage;

/**
 * An indexed record that may be the same person as a new one, best first. {@code match} is
 * true at or above the configured threshold; below it the candidate is for a person to review.
 */
public record Candidate(String recordId, boolean match, Explanation explanation) {

    public double probability() {
        return explanation.probability();
    }

    public double weight() {
        return explanation.total();
    }
}
