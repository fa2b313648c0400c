package org.puente.server.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.puente.server.Api;
import org.puente.server.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The decisions API as an anonymous script calls it: every decision with valid facts from the fact
 * sheet, and with a wrong fact named in the caller's language.
 */
@IntegrationTest
class DecisionsApiIntegrationTests {

    @LocalServerPort
    int port;

    Api anyone() {
        return Api.anonymous(port);
    }

    Api english() {
        return Api.anonymous(port).header("Accept-Language", "en");
    }

    /** A valid case per decision, from the fact sheet, and what its answer must say. */
    static Stream<Arguments> validCases() {
        return Stream.of(
                Arguments.of("document-validity", """
                        {"asOf":"2026-11-23","document":{"type":"CE","status":"ACTIVE","issueDate":"2024-01-10",
                         "expiryDate":"2028-01-10","calidad":"TRABAJADOR_RESIDENTE","nationality":"COL"}}""",
                        "validity", "VALID"),
                Arguments.of("work-permission", """
                        {"asOf":"2026-11-23","document":{"type":"CPP","status":"ACTIVE","issueDate":"2026-03-02",
                         "expiryDate":"2027-03-01","nationality":"VEN"}}""", "employee.status", "ALLOWED"),
                Arguments.of("hiring-limit", """
                        {"asOf":"2026-11-23","workers":[
                          {"nationality":"CHN","documentType":"CE","monthlyPay":1500,"exemptions":[]},
                          {"nationality":"PER","monthlyPay":1500,"exemptions":[]},
                          {"nationality":"PER","monthlyPay":1500,"exemptions":[]},
                          {"nationality":"PER","monthlyPay":1500,"exemptions":[]}]}""", "compliant", "false"),
                Arguments.of("contract-term", """
                        {"documentType":"CE","startDate":"2026-01-01","endDate":"2029-12-31","extensions":[],
                         "written":true,"clauses":["APPROVAL_DOES_NOT_AUTHORISE_WORK_WITHOUT_STATUS",
                         "RETURN_TRANSPORT","TRAINING_OF_NATIONALS"]}""", "valid", "false"),
                Arguments.of("residence-route", """
                        {"asOf":"2026-11-23","documentType":"CPP","issueDate":"2026-03-02","expiryDate":"2027-03-01",
                         "nationality":"VEN","records":[],"passportValid":true}""", "status", "ELIGIBLE"),
                Arguments.of("returnee-eligibility", """
                        {"asOf":"2026-11-23","nationality":"PER","previouslyResidedInPeru":true,"birthDate":"1990-05-04",
                         "abroadSince":"2021-02-01","entryDate":"2026-10-01","visits":[{"year":2024,"daysInPeru":30}],
                         "forcedReturn":false,"exclusions":[],"declarationDate":"2026-09-15"}""", "status", "ELIGIBLE"),
                Arguments.of("returnee-caps", """
                        {"asOf":"2026-11-23","householdGoodsUsd":20000,"vehicleUsd":60000}""",
                        "allWithinCaps", "false"),
                Arguments.of("returnee-deadline", """
                        {"filingDate":"2026-11-23"}""", "businessDays", "15"),
                Arguments.of("health-insurance", """
                        {"asOf":"2026-11-23","nationality":"VEN","documentType":"CE","documentValid":true,
                         "residentInPeru":true,"otherInsurance":false}""", "plan", "SIS_PARA_TODOS"),
                Arguments.of("accepted-documents", """
                        {"asOf":"2026-11-23","sector":"BANK","documentType":"CPP","nationality":"VEN"}""",
                        "sector", "BANK"),
                Arguments.of("rights-summary", """
                        {"asOf":"2026-11-23","document":{"type":"CPP","status":"ACTIVE","issueDate":"2026-03-02",
                         "expiryDate":"2027-03-01","nationality":"VEN"}}""", "documentValidity", "VALID"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void everyDecisionAnswersValidFactsWithItsExplanation(String slug, String facts, String field, String expected) {
        var reply = anyone().post("/api/v1/decisions/" + slug, facts);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json().get("answer");
        assertThat(at(answer, field)).as(reply.body()).isEqualTo(expected);
        JsonNode explanation = reply.json().get("explanation");
        assertThat(explanation.get("ruleSet").get("version").asString()).isNotBlank();
        assertThat(explanation.get("ruleSet").get("contentHash").asString()).hasSize(64);
        assertThat(explanation.get("rules")).isNotEmpty();
        assertThat(explanation.get("text").get("es").asString()).isNotBlank();
        assertThat(explanation.get("text").get("en").asString()).isNotBlank();
        assertThat(explanation.has("usesUnconfirmed")).isTrue();
    }

    /** A wrong fact per decision, and the field the answer must name. */
    static Stream<Arguments> invalidCases() {
        return Stream.of(
                Arguments.of("document-validity", "{\"asOf\":\"2026-11-23\",\"document\":{\"status\":\"ACTIVE\",\"expiryDate\":\"2027-01-01\"}}", "document.type"),
                Arguments.of("work-permission", "{\"document\":{\"type\":\"CPP\",\"status\":\"ACTIVE\",\"expiryDate\":\"2027-01-01\"}}", "asOf"),
                Arguments.of("hiring-limit", """
                        {"asOf":"2026-11-23","workers":[{"nationality":"PER","monthlyPay":1500},
                         {"nationality":"PER","monthlyPay":1500},{"nationality":"CHN","monthlyPay":-5}]}""",
                        "workers[2].monthlyPay"),
                Arguments.of("contract-term", "{\"documentType\":\"CE\",\"endDate\":\"2027-01-01\"}", "startDate"),
                Arguments.of("residence-route", "{\"asOf\":\"2026-11-23\",\"issueDate\":\"2026-03-02\",\"expiryDate\":\"2027-03-01\"}", "documentType"),
                Arguments.of("returnee-eligibility", """
                        {"asOf":"2026-11-23","nationality":"peru","previouslyResidedInPeru":true,"birthDate":"1990-05-04",
                         "abroadSince":"2021-02-01"}""", "nationality"),
                Arguments.of("returnee-caps", "{\"householdGoodsUsd\":100}", "asOf"),
                Arguments.of("returnee-deadline", "{}", "filingDate"),
                Arguments.of("health-insurance", "{\"nationality\":\"VEN\",\"documentType\":\"CE\"}", "asOf"),
                Arguments.of("accepted-documents", "{\"asOf\":\"2026-11-23\"}", "sector"),
                Arguments.of("rights-summary", "{\"asOf\":\"2026-11-23\"}", "document"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void everyDecisionNamesAWrongFactInSpanishAndInEnglish(String slug, String facts, String field) {
        var spanish = anyone().post("/api/v1/decisions/" + slug, facts);
        var english = english().post("/api/v1/decisions/" + slug, facts);

        assertThat(spanish.status()).as(spanish.body()).isEqualTo(400);
        assertThat(spanish.contentType()).startsWith("application/problem+json");
        assertThat(fields(spanish.json())).as(spanish.body()).contains(field);
        assertThat(english.status()).isEqualTo(400);
        assertThat(fields(english.json())).contains(field);
        String es = message(spanish.json(), field);
        String en = message(english.json(), field);
        assertThat(es).isNotBlank().isNotEqualTo(en);
        assertThat(en).isNotBlank();
        assertThat(spanish.json().get("title").asString()).isEqualTo("Datos no válidos");
        assertThat(english.json().get("title").asString()).isEqualTo("Invalid data");
    }

    @Test
    void theHiringLimitExampleOfTheIssueAnswersTheSharesAndTheMargin() {
        var reply = anyone().post("/api/v1/decisions/hiring-limit", """
                {"asOf":"2026-11-23","workers":[
                  {"nationality":"CHN","documentType":"CE","monthlyPay":1500,"exemptions":[]},
                  {"nationality":"PER","monthlyPay":1500,"exemptions":[]},
                  {"nationality":"PER","monthlyPay":1500,"exemptions":[]},
                  {"nationality":"PER","monthlyPay":1500,"exemptions":[]}]}""");

        JsonNode answer = reply.json().get("answer");
        assertThat(answer.get("compliant").asBoolean()).isFalse();
        assertThat(answer.get("foreignHeadcountShare").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(answer.get("foreignPayrollShare").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(answer.get("breaches").get(0).asString()).isEqualTo("OVER_HEADCOUNT");
        assertThat(reply.json().get("explanation").get("usesUnconfirmed").asBoolean()).isTrue();
    }

    @Test
    void anExemptedForeignerDoesNotCountSoTheSameFirmComplies() {
        var reply = anyone().post("/api/v1/decisions/hiring-limit", """
                {"asOf":"2026-11-23","workers":[
                  {"nationality":"CHN","documentType":"CE","monthlyPay":1500,"exemptions":["PERUVIAN_SPOUSE"]},
                  {"nationality":"PER","monthlyPay":1500},{"nationality":"PER","monthlyPay":1500},
                  {"nationality":"PER","monthlyPay":1500}]}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("answer").get("compliant").asBoolean()).isTrue();
        assertThat(reply.json().get("answer").get("workers").get(0).get("reason").asString()).isEqualTo("EXCEPTED_ART_3");
    }

    @Test
    void aPayrollOfThreeThousandWorkersFitsInOneCall() {
        StringBuilder workers = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            workers.append(i == 0 ? "" : ",").append(i % 10 == 0
                    ? "{\"nationality\":\"VEN\",\"documentType\":\"CE\",\"monthlyPay\":1800.50,\"exemptions\":[]}"
                    : "{\"nationality\":\"PER\",\"monthlyPay\":1650.00,\"exemptions\":[]}");
        }
        var reply = anyone().post("/api/v1/decisions/hiring-limit",
                "{\"asOf\":\"2026-11-23\",\"workers\":[" + workers + "]}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("answer").get("totalWorkers").asInt()).isEqualTo(3000);
        assertThat(reply.json().get("answer").get("countedForeignWorkers").asInt()).isEqualTo(300);
    }

    @Test
    void anUnknownDecisionIsNotFound() {
        var reply = anyone().post("/api/v1/decisions/may-i-fly", "{}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asString()).contains("/api/v1/decisions");
    }

    @Test
    void aFactOfTheWrongTypeIsNamedByItsPath() {
        var reply = english().post("/api/v1/decisions/hiring-limit", """
                {"asOf":"2026-11-23","workers":[{"nationality":"PER","monthlyPay":"a lot"}]}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply.json())).containsExactly("workers[0].monthlyPay");
    }

    @Test
    void anUnknownDocumentTypeListsTheAllowedOnes() {
        var reply = anyone().post("/api/v1/decisions/rights-summary", """
                {"asOf":"2026-11-23","document":{"type":"DNI","status":"ACTIVE","expiryDate":"2027-01-01"}}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply.json())).containsExactly("document.type");
        assertThat(message(reply.json(), "document.type")).contains("CPP", "PTP");
    }

    @Test
    void anUnknownFactIsRefused() {
        var reply = anyone().post("/api/v1/decisions/returnee-deadline", "{\"filingDate\":\"2026-11-23\",\"colour\":\"red\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply.json())).containsExactly("colour");
    }

    @Test
    void theListNamesEveryDecisionWithExampleFactsThatItAccepts() {
        var reply = anyone().get("/api/v1/decisions");

        assertThat(reply.status()).isEqualTo(200);
        List<String> slugs = new ArrayList<>();
        for (JsonNode d : reply.json()) {
            slugs.add(d.get("slug").asString());
            assertThat(d.get("description").get("es").asString()).isNotBlank();
            assertThat(d.get("description").get("en").asString()).isNotBlank();
            assertThat(d.get("rules")).isNotEmpty();
            var example = anyone().post(d.get("path").asString(), d.get("exampleFacts").toString());
            assertThat(example.status()).as(d.get("slug") + ": " + example.body()).isEqualTo(200);
        }
        assertThat(slugs).containsExactly("document-validity", "work-permission", "hiring-limit", "contract-term",
                "residence-route", "returnee-eligibility", "returnee-caps", "returnee-deadline", "health-insurance",
                "accepted-documents", "rights-summary");
    }

    @Test
    void theApiDescriptionDocumentsEachDecisionWithItsFactsAndAnExample() {
        var reply = anyone().get("/v3/api-docs");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode hiring = reply.json().get("paths").get("/api/v1/decisions/hiring-limit").get("post");
        assertThat(hiring).as(reply.body()).isNotNull();
        JsonNode body = hiring.get("requestBody").get("content").get("application/json");
        assertThat(body.get("schema").get("$ref").asString()).endsWith("/HiringLimitFacts");
        assertThat(body.get("example").get("workers")).hasSize(4);
        assertThat(hiring.get("security")).isEmpty();
        JsonNode schemas = reply.json().get("components").get("schemas");
        assertThat(schemas.get("HiringLimitFacts").get("properties").has("workers")).isTrue();
        assertThat(schemas.get("HiringLimitWorker").get("properties").has("monthlyPay")).isTrue();
        assertThat(schemas.get("RightsSummaryAnswer")).isNotNull();
        for (String slug : List.of("document-validity", "work-permission", "contract-term", "residence-route",
                "returnee-eligibility", "returnee-caps", "returnee-deadline", "health-insurance",
                "accepted-documents", "rights-summary")) {
            assertThat(reply.json().get("paths").get("/api/v1/decisions/" + slug)).as(slug).isNotNull();
        }
        assertThat(reply.json().get("paths").get("/api/v1/decisions/{decision}").has("post")).isFalse();
    }

    private static String at(JsonNode node, String path) {
        JsonNode here = node;
        for (String part : path.split("\\.")) {
            here = here.get(part);
        }
        return here.asString();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : problem.get("errors")) {
            out.add(e.get("field").asString());
        }
        return out;
    }

    private static String message(JsonNode problem, String field) {
        for (JsonNode e : problem.get("errors")) {
            if (field.equals(e.get("field").asString())) {
                return e.get("message").asString();
            }
        }
        return null;
    }
}
