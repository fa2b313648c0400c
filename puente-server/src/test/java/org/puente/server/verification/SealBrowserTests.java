package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.puente.server.Api;
import org.puente.server.Browser;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@DemoRegister
class SealBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aRegistrarPrintsTheDemoCppsSealAndItsLinkShowsTheDocumentValid() {
        Api registrar = Api.as(port, "registrar");
        String personId = registrar.get("/api/v1/people?document=100000001").json().get("people").get(0).get("id").asString();
        JsonNode documents = registrar.get("/api/v1/people/" + personId).json().get("documents");
        String documentId = documents.get(0).get("id").asString();

        try (Browser browser = Browser.open(port)) {
            browser.signIn("registrar").go("/people/" + personId);
            browser.click("seal-" + documentId);
            assertThat(browser.heading()).isEqualTo("Sello digital del documento");
            assertThat(browser.all("#seal-qr svg")).hasSize(1);
            String link = browser.byId("seal-qr").getAttribute("data-link");
            assertThat(link).contains("/v/");
            browser.screenshot("seal-desktop");

            browser.signOut();
            browser.driver().get(link);
            assertThat(browser.byId("seal-genuine").getText()).contains("Sello auténtico");
            assertThat(browser.byId("verdict").getText().toLowerCase()).contains("válido, puede trabajar");
            browser.screenshot("seal-check-desktop");
        }
    }
}
