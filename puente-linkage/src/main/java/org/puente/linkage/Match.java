package org.puente.linkage;

/** Two records judged the same person, with the evidence. In linkage of two files, left is from the first. */
public record Match(String leftId, String rightId, Explanation explanation) {

    public double probability() {
        return explanation.probability();
    }

    public double weight() {
        return explanation.total();
    }
}
