package org.puente.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The registry as the server's adapter uses it: bind JSON facts, evaluate, write the outcome as JSON. */
class DecisionsTests {
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theRegistryListsEveryDecisionBySlugWithADescriptionInBothLanguages() {
        assertThat(Decisions.all()).extracting(Decision::slug).containsExactly("document-validity", "work-permission", "hiring-limit",
                "contract-term", "residence-route", "returnee-eligibility", "returnee-caps", "returnee-deadline", "health-insurance",
                "accepted-documents", "rights-summary");
        assertThat(Decisions.all()).allSatisfy(d -> {
            assertThat(d.description().es()).isNotBlank().doesNotStartWith("[");
            assertThat(d.description().en()).isNotBlank().doesNotStartWith("[");
            assertThat(d.rules()).isNotEmpty();
        });
    }

    @Test
    void everyDecisionsExampleFactsSurviveAJsonRoundTripAndEvaluateToAnExplainedAnswer() {
        for (var d : Decisions.all()) {
            var body = json.writeValueAsString(d.exampleFacts());
            var facts = json.readValue(body, d.factsType());
            assertThat(facts).as(d.slug()).isEqualTo(d.exampleFacts());

            var outcome = d.evaluateObject(facts);
            var written = json.writeValueAsString(outcome);
            assertThat(json.readTree(written).path("answer").isObject()).as(d.slug()).isTrue();
            assertThat(json.readTree(written).path("explanation").path("ruleSet").path("contentHash").asString()).hasSize(64);
            assertThat(json.readTree(written).path("explanation").path("text").path("es").asString()).as(d.slug()).isNotBlank();
            assertThat(json.readValue(written, tools.jackson.databind.JsonNode.class).path("answer").toString()).doesNotContain("\"validForIdentification\"");
        }
    }

    @Test
    void theHiringLimitRequestShapeOfTheApiBindsAsIs() {
        var body = """
                {"asOf":"2026-11-23","workers":[
                  {"nationality":"CHN","documentType":"CE","monthlyPay":1500,"exemptions":[]},
                  {"nationality":"PER","monthlyPay":1500},
                  {"nationality":"PER","monthlyPay":1500},
                  {"nationality":"PER","monthlyPay":1500}]}""";
        var d = Decisions.current().get("hiring-limit");
        var outcome = d.evaluateObject(json.readValue(body, d.factsType()));
        var answer = json.readTree(json.writeValueAsString(outcome)).path("answer");

        assertThat(answer.path("compliant").booleanValue()).isFalse();
        assertThat(answer.path("foreignHeadcountShare").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(answer.path("workers").get(0).path("reason").asString()).isEqualTo("FOREIGN");
    }

    @Test
    void passingTheWrongFactsRecordIsRefusedClearly() {
        assertThatThrownBy(() -> Decisions.current().get("hiring-limit").evaluateObject(new ReturneeDeadline.Facts(null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HiringLimit");  // names what it takes
        assertThatThrownBy(() -> Decisions.current().get("no-such-decision")).hasMessageContaining("rights-summary");
    }

    @Test
    void missingFactsAreReportedForTheWholeRecord() {
        assertThatThrownBy(() -> Decisions.current().get("rights-summary").evaluateObject(null))
                .isInstanceOfSatisfying(FactsProblem.class, p -> assertThat(p.fields().get(0).message().in(Locale.ENGLISH)).contains("missing"));
    }
}
