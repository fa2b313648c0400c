package org.puente.rules;

import java.util.List;

/**
 * One decision of Peru's rules, evaluated on a facts record as of the date the facts carry.
 * The server exposes each at {@code POST /api/v1/decisions/{slug}}: bind the request body to
 * {@link #factsType()} with Jackson, call {@link #evaluate(Object)}, return the {@link Outcome}
 * (or a problem+json naming the fields of a {@link FactsProblem}).
 *
 * @param <F> the facts record
 * @param <A> the answer record
 */
public interface Decision<F, A> {

    /** The name in the API path, e.g. {@code hiring-limit}. */
    String slug();

    Class<F> factsType();

    Class<A> answerType();

    /** One line saying what the decision answers. */
    Text description();

    /** The ids of the rules of the decisions table it applies, e.g. {@code ["R5"]}. */
    List<String> rules();

    /** A complete example of the facts, for API documentation and forms. */
    F exampleFacts();

    /**
     * The answer and its explanation.
     *
     * @throws FactsProblem when a fact is missing or invalid, naming each field
     */
    Outcome<A> evaluate(F facts);

    /** {@link #evaluate(Object)} for callers holding the facts as an {@code Object} (the server's adapter). */
    default Outcome<A> evaluateObject(Object facts) {
        if (facts != null && !factsType().isInstance(facts)) {
            throw new IllegalArgumentException(slug() + " takes " + factsType().getName()
                    + ", not " + facts.getClass().getName());
        }
        return evaluate(factsType().cast(facts));
    }
}
