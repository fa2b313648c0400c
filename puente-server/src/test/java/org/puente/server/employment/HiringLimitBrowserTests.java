package org.puente.server.employment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.puente.server.Browser;
import org.puente.server.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An employer checks the foreign-worker limit in a real headless Chromium, without signing in. */
@IntegrationTest
class HiringLimitBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aFirmOfFourIsOverTheLimitThenCompliesOnceItsForeignerIsMarkedAsMarriedToAPeruvian() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/").click("home-hiring");
            browser.choose("f-workers[0]-nationality", "CHN").choose("f-workers[0]-documentType", "CE")
                    .type("f-workers[0]-monthlyPay", "1500");
            for (int i = 1; i < 4; i++) {
                browser.type("f-workers[" + i + "]-monthlyPay", "1500");
            }
            browser.click("check");
            browser.screenshot("hiring-limit-over");

            assertThat(browser.byId("verdict").getText()).startsWith("No");
            assertThat(browser.byId("headcount-share").getText()).isEqualTo("25 %");
            assertThat(browser.byId("counting-rule-unconfirmed").isDisplayed()).isTrue();
            assertThat(browser.byId("count-1").getText()).contains("cuenta");

            browser.choose("f-workers[0]-exemptions", "PERUVIAN_SPOUSE").click("check");

            assertThat(browser.byId("verdict").getText()).startsWith("Sí");
            assertThat(browser.byId("margin").getText())
                    .contains("Puede contratar 1 trabajador(es) extranjero(s) más", "S/ 2,571.42");
            assertThat(browser.byId("count-1").getText()).contains("Cónyuge de peruano", "no cuenta");
        }
    }

    @Test
    void addingAWorkerWithTheScriptAddsAnEmptyRowInPlaceAndFocusesIt() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/employers/hiring-limit");
            int before = browser.all(".worker-row").size();
            browser.byId("add-row").click();

            assertThat(browser.all(".worker-row")).hasSize(before + 1);
            assertThat(browser.focused().getAttribute("id")).isEqualTo("f-workers[" + before + "]-nationality");
            browser.type("f-workers[" + before + "]-monthlyPay", "2000").choose("f-workers[" + before + "]-nationality", "VEN");
            for (int i = 0; i < before; i++) {
                browser.type("f-workers[" + i + "]-monthlyPay", "2000");
            }
            browser.click("check");

            assertThat(browser.byId("headcount-share").getText()).isEqualTo("20 %");
            assertThat(browser.byId("verdict").getText()).startsWith("Sí");
        }
    }
}
