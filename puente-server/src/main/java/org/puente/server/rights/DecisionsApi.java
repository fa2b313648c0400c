package org.puente.server.rights;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.puente.rules.Decision;
import org.puente.rules.Outcome;
import org.puente.rules.Text;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * Every decision of Peru's rules at {@code POST /api/v1/decisions/{slug}}: facts in, the answer
 * and its explanation out. Public and stateless: it reads nothing and stores nothing, so anyone
 * (an employer's payroll system, a clinic, a migrant's app) may call it without an account.
 */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions", description = "Peru's rules as code: each answer comes with its explanation and legal sources")
@SecurityRequirements
class DecisionsApi {

    private final RuleDecisions decisions;

    DecisionsApi(RuleDecisions decisions) {
        this.decisions = decisions;
    }

    /**
     * One decision as the list describes it.
     *
     * @param path         where to send its facts
     * @param exampleFacts a complete, valid example of the facts
     */
    record DecisionView(String slug, String path, Text description, List<String> rules, String ruleSet,
                        Object exampleFacts) {

        static DecisionView of(Decision<?, ?> d, String ruleSet) {
            return new DecisionView(d.slug(), "/api/v1/decisions/" + d.slug(), d.description(), d.rules(), ruleSet,
                    d.exampleFacts());
        }
    }

    @GetMapping
    @Operation(summary = "Every decision: its slug, what it answers, the rules it applies and example facts")
    List<DecisionView> list() {
        String version = decisions.ruleBook().version().version();
        return decisions.all().stream().map(d -> DecisionView.of(d, version)).toList();
    }

    @GetMapping("/{decision}")
    @Operation(summary = "One decision: what it answers, the rules it applies and example facts")
    DecisionView one(@PathVariable String decision) {
        return DecisionView.of(decisions.decision(decision), decisions.ruleBook().version().version());
    }

    // Documented once per decision, with its own facts schema and example (DecisionsApiDocs).
    @Operation(hidden = true)
    @PostMapping(path = "/{decision}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Outcome<?> decide(@PathVariable String decision, @RequestBody JsonNode facts) {
        Decision<?, ?> d = decisions.decision(decision);
        return decisions.evaluate(d, decisions.facts(d, facts));
    }
}
