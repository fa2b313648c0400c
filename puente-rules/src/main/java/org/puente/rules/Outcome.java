package org.puente.rules;

/** What a decision answered, and why. Both parts serialize to JSON as they are. */
public record Outcome<A>(A answer, Explanation explanation) {
}
