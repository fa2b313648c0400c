package org.puente.rules;

/** A fact a decision was applied to, by the name of its field in the facts record. */
public record Fact(String name, Object value) {
}
