package org.puente.server.rights;

import java.util.ArrayList;
import java.util.List;

import org.puente.rules.Decision;
import org.puente.rules.Decisions;
import org.puente.rules.FactsProblem;
import org.puente.rules.HiringLimit;
import org.puente.rules.Outcome;
import org.puente.rules.ReturneeEligibility;
import org.puente.rules.RightsSummary;
import org.puente.rules.RuleBook;
import org.puente.server.common.FieldProblem;
import org.puente.server.common.InvalidInput;
import org.puente.server.common.NotFound;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's one adapter over {@code puente-rules}: finds a decision by slug, binds its facts
 * from JSON with the server's mapper, and evaluates them. A {@link FactsProblem} becomes an
 * {@link InvalidInput} naming the same fields, so the API answers it as problem+json and the pages
 * show it beside the fields, in the user's language (the library gives every message in Spanish
 * and English; {@code facts.invalid} picks one).
 */
@Component
public class RuleDecisions {

    /** The message code of a field the library refused; its arguments are the Spanish and English texts. */
    static final String FACTS_INVALID = "facts.invalid";

    private final Decisions decisions;
    private final JsonMapper json;

    RuleDecisions(JsonMapper json) {
        this.decisions = Decisions.current();
        this.json = json;
    }

    /** Every decision of the current rule set, in a stable order. */
    public List<Decision<?, ?>> all() {
        return decisions.list();
    }

    /** The decision with that slug; {@link NotFound} when there is none. */
    public Decision<?, ?> decision(String slug) {
        return decisions.find(slug).orElseThrow(() -> new NotFound("decision.notFound"));
    }

    /** The rule set every answer is evaluated with. */
    public RuleBook ruleBook() {
        return decisions.ruleBook();
    }

    /**
     * The facts of a decision bound from a JSON tree. Binding errors are Jackson's, with the path of
     * the wrong field; the API answers them like any unreadable body.
     */
    public Object facts(Decision<?, ?> decision, JsonNode body) {
        return json.treeToValue(body, decision.factsType());
    }

    /** The answer and its explanation; {@link InvalidInput} naming each wrong fact. */
    public Outcome<?> evaluate(Decision<?, ?> decision, Object facts) {
        try {
            return decision.evaluateObject(facts);
        } catch (FactsProblem e) {
            throw invalid(e);
        }
    }

    public Outcome<RightsSummary.Answer> rightsSummary(RightsSummary.Facts facts) {
        try {
            return decisions.rightsSummary().evaluate(facts);
        } catch (FactsProblem e) {
            throw invalid(e);
        }
    }

    public Outcome<HiringLimit.Answer> hiringLimit(HiringLimit.Facts facts) {
        try {
            return decisions.hiringLimit().evaluate(facts);
        } catch (FactsProblem e) {
            throw invalid(e);
        }
    }

    /** The decisions of the current rule set: the law as Puente records it. */
    public Decisions law() {
        return decisions;
    }

    /**
     * The current rules with some parameters set otherwise, for simulations (see
     * {@link RuleBook#withScenario}): answers evaluated with it cite the scenario and are flagged
     * unconfirmed. {@link IllegalArgumentException} for an unknown parameter or an impossible value.
     */
    public Decisions scenario(String name, java.util.Map<String, ?> values) {
        return Decisions.forScenario(decisions.ruleBook().withScenario(name, values));
    }

    /** {@link #hiringLimit(HiringLimit.Facts)} under a scenario's rules. */
    public Outcome<HiringLimit.Answer> hiringLimit(HiringLimit.Facts facts, Decisions scenario) {
        try {
            return scenario.hiringLimit().evaluate(facts);
        } catch (FactsProblem e) {
            throw invalid(e);
        }
    }

    public Outcome<ReturneeEligibility.Answer> returneeEligibility(ReturneeEligibility.Facts facts) {
        try {
            return decisions.returneeEligibility().evaluate(facts);
        } catch (FactsProblem e) {
            throw invalid(e);
        }
    }

    /** The library's field problems as the server's, rendered later in the user's language. */
    static InvalidInput invalid(FactsProblem problem) {
        List<FieldProblem> fields = new ArrayList<>();
        for (FactsProblem.Field f : problem.fields()) {
            fields.add(FieldProblem.of(f.path(), FACTS_INVALID, f.message().es(), f.message().en()));
        }
        return new InvalidInput(fields);
    }
}
