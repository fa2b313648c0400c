package org.puente.rules;

import java.time.LocalDate;
import java.util.List;

/** The shape every decision shares: check the facts, run the formulas with a {@link Trace}, explain. */
abstract class BaseDecision<F, A> implements Decision<F, A> {
    final RuleBook book;
    private final String slug;
    private final Class<F> factsType;
    private final Class<A> answerType;
    private final List<String> rules;

    BaseDecision(RuleBook book, String slug, Class<F> factsType, Class<A> answerType, String... rules) {
        this.book = book;
        this.slug = slug;
        this.factsType = factsType;
        this.answerType = answerType;
        this.rules = List.of(rules);
    }

    @Override
    public final String slug() {
        return slug;
    }

    @Override
    public final Class<F> factsType() {
        return factsType;
    }

    @Override
    public final Class<A> answerType() {
        return answerType;
    }

    @Override
    public final List<String> rules() {
        return rules;
    }

    @Override
    public Text description() {
        return Messages.text("decision." + slug);
    }

    /** The date the decision is evaluated as of, and the name of its field. */
    abstract LocalDate asOf(F facts);

    String asOfField() {
        return "asOf";
    }

    abstract void check(F facts, Problems problems);

    abstract A decide(F facts, Trace trace);

    @Override
    public final Outcome<A> evaluate(F facts) {
        var problems = new Problems();
        if (facts == null) {
            problems.add("", "problem.required");
            problems.throwIfAny();
        }
        check(facts, problems);
        problems.throwIfAny();
        var trace = new Trace(book, asOf(facts));
        try {
            var answer = decide(facts, trace);
            return new Outcome<>(answer, trace.explain());
        } catch (NoRuleInForce e) {
            problems.add(asOfField(), "problem.no_rule_in_force", e.parameter(), e.date());
            problems.throwIfAny();
            throw e;
        }
    }
}
