package org.puente.rules;

import java.util.List;

/**
 * A rule of the decisions table (R1–R19 of Puente's fact sheet): its title and the norms it
 * rests on. Read from the rule set's {@code rules.json}.
 */
public record Rule(String id, Text title, List<Source> sources, Confidence confidence) {
}
