package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.server.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@DemoRegister
class PublicVerificationBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    RateLimits limits;

    @BeforeEach
    void freshBuckets() {
        limits.reset();
    }

    @Test
    void aPersonEntersTheDemoCppAndReadsThatItIsValidAndItsHolderMayWork() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/verify");
            assertThat(browser.heading()).isEqualTo("Verificar un documento");
            fill(browser, "CPP", "100000001", LocalDate.of(1992, 3, 14));
            browser.click("verify");

            assertThat(browser.byId("verdict").getText().toLowerCase()).contains("válido, puede trabajar");
            assertThat(browser.byId("outcome").getText()).isEqualTo("Válido");
            assertThat(browser.byId("initials").getText()).isEqualTo("M. G.");
            assertThat(browser.all("#rights .right")).hasSize(6);
            assertThat(browser.byId("rights").getText()).contains("Trabajar como empleado", "Base legal");
            assertThat(browser.text()).doesNotContain("González", "Venezuela");
            browser.screenshot("verify-valid-cpp-desktop");

            browser.click("lang-en");
            assertThat(browser.heading()).isEqualTo("Verify a document");
            fill(browser, "CE", "200000004", LocalDate.of(1979, 1, 30));
            browser.click("verify");
            assertThat(browser.byId("verdict").getText()).contains("revoked");
        }
    }

    @Test
    void onAPhoneThePageAndItsAnswerFitWithoutSidewaysScrolling() {
        try (Browser browser = Browser.open(port)) {
            browser.resize(375, 740).go("/verify");
            fill(browser, "ASYLUM_SEEKER_CARD", "300000005", LocalDate.of(1996, 9, 9));
            browser.click("verify");
            assertThat(browser.byId("outcome").getText()).isEqualTo("Válido");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.screenshot("verify-asylum-phone");
        }
    }

    @Test
    void afterAFewFailuresTheBrowserSolvesAChallengeBeforeEachTry() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/verify");
            for (int i = 0; i < 3; i++) {
                fill(browser, "CPP", "100000001", LocalDate.of(1992, 3, 1 + i));
                browser.click("verify");
                assertThat(browser.byId("outcome").getText()).isEqualTo("Sin coincidencia");
            }
            assertThat(browser.has("challenge-note")).isTrue();

            fill(browser, "CPP", "100000001", LocalDate.of(1992, 3, 14));
            browser.click("verify");

            assertThat(browser.byId("outcome").getText()).isEqualTo("Válido");
        }
    }

    private static void fill(Browser browser, String type, String number, LocalDate birthDate) {
        browser.choose("f-documentType", type).type("f-documentNumber", number).date("f-birthDate", birthDate);
    }
}
