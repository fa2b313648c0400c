package org.puente.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How sure Puente is of a fact: confirmed in a cited source, or not (kept configurable, flagged for legal review). */
public enum Confidence {
    @JsonProperty("confirmed") CONFIRMED,
    @JsonProperty("unconfirmed") UNCONFIRMED;

    /** The weaker of the two. */
    public Confidence and(Confidence other) {
        return this == UNCONFIRMED || other == UNCONFIRMED ? UNCONFIRMED : CONFIRMED;
    }
}
