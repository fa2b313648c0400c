/**
 * Peru's rules as code. Dated parameters with their legal sources live in versioned data files
 * ({@link org.puente.rules.RuleBook}); each decision is a small set of pure formulas evaluated as of
 * a date, and answers with an {@link org.puente.rules.Outcome}: the answer and its explanation.
 * Publishes the decision registry {@link org.puente.rules.Decisions}. Knows nothing about HTTP,
 * databases or Spring: the server wraps it in one adapter.
 */
package org.puente.rules;
