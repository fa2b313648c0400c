package org.puente.linkage;

import java.util.List;
import java.util.Locale;

/**
 * Why a pair scored as it did: the prior (how rare a match is between two records taken at
 * random, in bits), each field's evidence, their total and the match probability it implies.
 * Carries no personal data, so it can be stored beside a review decision or logged.
 */
public record Explanation(double prior, List<FieldEvidence> fields, double total, double probability,
                          boolean namesSwapped) {

    public Explanation {
        fields = List.copyOf(fields);
    }

    /** One line: "total 23.4 bits (p=1.000): prior -20.1; given names exact +9.2; …". */
    public String describe() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "total %.1f bits (p=%.3f): prior %.1f",
                total, probability, prior));
        if (namesSwapped) {
            sb.append("; given names and surnames swapped");
        }
        for (FieldEvidence f : fields) {
            if (f.weight() != 0 || !"missing".equals(f.level())) {
                sb.append(String.format(Locale.ROOT, "; %s %s %+.1f", f.field(), f.level(), f.weight()));
            }
        }
        return sb.toString();
    }
}
