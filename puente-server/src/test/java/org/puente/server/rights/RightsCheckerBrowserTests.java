package org.puente.server.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.puente.server.Browser;
import org.puente.server.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A migrant checks their document's rights on a phone, in a real headless Chromium, without signing in. */
@IntegrationTest
class RightsCheckerBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aCppHolderLearnsOnAPhoneThatTheyMayWorkAndWhy() {
        try (Browser browser = Browser.open(port)) {
            browser.resize(390, 844).go("/");
            browser.click("home-rights");
            assertThat(browser.heading()).isEqualTo("¿Qué derechos me da mi documento?");

            browser.choose("f-document-type", "CPP")
                    .date("f-document-issueDate", LocalDate.of(2026, 3, 2))
                    .date("f-document-expiryDate", LocalDate.of(2027, 3, 1))
                    .choose("f-document-nationality", "VEN")
                    .date("f-asOf", LocalDate.of(2026, 11, 23))
                    .click("check");
            browser.screenshot("rights-checker-phone");

            assertThat(browser.byId("right-WORK_EMPLOYEE").getText()).contains("Trabajar como dependiente", "Sí, puede",
                    "se puede trabajar como dependiente", "Base legal");
            assertThat(browser.byId("validity").getText()).contains("Vigente", "01/03/2027");
            assertThat(browser.has("unconfirmed-warning")).isTrue();
            assertThat(browser.focused().getAttribute("id")).isEqualTo("answer");
            assertThat(browser.scrollsSideways()).isFalse();

            browser.click("lang-en");
            assertThat(browser.heading()).isEqualTo("What does my document entitle me to?");
        }
    }

    @Test
    void aFormWithoutADocumentTypeMovesFocusToTheProblemAndNamesTheField() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/rights/document").click("check");

            assertThat(browser.focused().getAttribute("id")).isEqualTo("error-summary");
            assertThat(browser.byId("f-document-type-error").getText()).contains("Falta este dato");
            assertThat(browser.byId("f-document-type").getAttribute("aria-invalid")).isEqualTo("true");
        }
    }
}
