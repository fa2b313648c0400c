package org.puente.server.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.server.IntegrationTest;
import org.puente.server.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public rights pages as a visitor's browser uses them, without signing in. */
@IntegrationTest
class RightsPagesIntegrationTests {

    @LocalServerPort
    int port;

    static Map<String, String> aValidCpp(String csrf) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("document.type", "CPP");
        form.put("document.status", "ACTIVE");
        form.put("document.issueDate", "2026-03-02");
        form.put("document.expiryDate", "2027-03-01");
        form.put("document.nationality", "VEN");
        form.put("asOf", "2026-11-23");
        return form;
    }

    @Test
    void anyoneSeesThePublicQuestionsOnTheHomePageWithoutSigningIn() {
        var home = WebSession.anonymous(port).get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("href=\"/rights/document\"", "href=\"/employers/hiring-limit\"",
                "href=\"/rights/returnee\"", "href=\"/login\"");
    }

    @Test
    void aCppHolderLearnsTheyMayWorkWithTheReasonAndItsLegalBasis() {
        WebSession visitor = WebSession.anonymous(port);
        var reply = visitor.post("/rights/document", aValidCpp(visitor.csrfFrom("/rights/document")));

        assertThat(reply.statusCode()).isEqualTo(200);
        String page = reply.body();
        assertThat(page).contains("id=\"answer\"", "id=\"right-WORK_EMPLOYEE\"", "Sí, puede",
                "se puede trabajar como dependiente", "Base legal:", "id=\"sources\"", "Conjunto de reglas 2026.11.0");
        assertThat(page).contains("right-HEALTH_SIS", "right-BANK_ACCOUNT", "right-EDUCATION", "right-PUBLIC_PROCEDURES",
                "right-WORK_SELF_EMPLOYED");
    }

    @Test
    void anAnswerRestingOnAnUnconfirmedRuleSaysSoVisibly() {
        WebSession visitor = WebSession.anonymous(port);
        var reply = visitor.post("/rights/document", aValidCpp(visitor.csrfFrom("/rights/document")));

        // Whether the CPP gives access to education is not settled by the sources.
        assertThat(reply.body()).contains("id=\"unconfirmed-warning\"", "reglas no confirmadas");
    }

    @Test
    void aMissingDocumentTypeIsShownBesideItsFieldAndNothingIsAnswered() {
        WebSession visitor = WebSession.anonymous(port);
        Map<String, String> form = aValidCpp(visitor.csrfFrom("/rights/document"));
        form.put("document.type", "");
        var reply = visitor.post("/rights/document", form);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("id=\"error-summary\"", "id=\"f-document-type-error\"",
                "Falta este dato").doesNotContain("id=\"answer\"");
    }

    @Test
    void theAnswerSpeaksEnglishAfterTheLanguageSwitch() {
        WebSession visitor = WebSession.anonymous(port);
        visitor.get("/lang?to=en&back=/rights/document");
        var reply = visitor.post("/rights/document", aValidCpp(visitor.csrfFrom("/rights/document")));

        assertThat(reply.body()).contains("lang=\"en\"", "Yes, you may", "may work as an employee", "Legal basis:");
    }

    @Test
    void aReturneeWhoLivedAbroadFiveYearsAndDeclaredInTimeQualifies() {
        WebSession visitor = WebSession.anonymous(port);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", visitor.csrfFrom("/rights/returnee"));
        form.put("nationality", "PER");
        form.put("birthDate", "1990-05-04");
        form.put("previouslyResidedInPeru", "yes");
        form.put("abroadSince", "2021-02-01");
        form.put("entryDate", "2026-10-01");
        form.put("declarationDate", "2026-09-15");
        form.put("visits[0].year", "2024");
        form.put("visits[0].daysInPeru", "30");
        form.put("asOf", "2026-11-23");
        var reply = visitor.post("/rights/returnee", form);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("id=\"returnee-status\"", "verdict-ELIGIBLE", "Cumple los requisitos de la Ley 30001",
                "Ley 30001");
    }

    @Test
    void aReturneeWhoLeftTwoYearsAgoIsToldWhyNot() {
        WebSession visitor = WebSession.anonymous(port);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", visitor.csrfFrom("/rights/returnee"));
        form.put("nationality", "PER");
        form.put("birthDate", "1990-05-04");
        form.put("previouslyResidedInPeru", "yes");
        form.put("abroadSince", "2024-09-01");
        form.put("entryDate", "2026-10-01");
        form.put("declarationDate", "2026-10-02");
        form.put("visits[1].year", "2025");
        form.put("visits[1].daysInPeru", "400");
        form.put("asOf", "2026-11-23");
        var reply = visitor.post("/rights/returnee", form);

        // The wrong visit row is named as the user typed it (the second), not as the rules counted it.
        assertThat(reply.body()).contains("id=\"f-visits[1]-daysInPeru-error\"").doesNotContain("id=\"answer\"");

        form.put("visits[1].daysInPeru", "20");
        reply = visitor.post("/rights/returnee", form);
        assertThat(reply.body()).contains("verdict-NOT_ELIGIBLE", "Aún no cumple el tiempo mínimo en el extranjero");
    }
}
