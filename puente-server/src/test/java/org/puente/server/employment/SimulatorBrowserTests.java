package org.puente.server.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.server.Browser;
import org.puente.server.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An analyst runs the simulator in a real headless Chromium: table, chart (Chart.js from the jar) and CSV link. */
@IntegrationTest
class SimulatorBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAnalystSeesTheTableTheChartAndTheCsvLink() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("analyst");
            assertThat(browser.path()).isEqualTo("/analysis/hiring-limit");
            browser.go("/rights/document").click("menu-simulator");
            assertThat(browser.heading()).contains("Simulador");

            browser.type("f-firms", "800").type("f-minimum", "1").click("simulate");

            assertThat(browser.byId("row-TOTAL").getText()).contains("800");
            assertThat(browser.byId("simulation-table").getText()).contains("Microempresa", "Mínimo de 1");
            Object drawn = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                    ((JavascriptExecutor) d).executeScript(
                            "var c = window.Chart && Chart.getChart(document.getElementById('simulation-chart'));"
                                    + " return c ? c.data.datasets.length : null;"));
            assertThat(drawn).isEqualTo(4L);
            assertThat(browser.byId("csv-download").getAttribute("href")).matches(".*/analysis/hiring-limit/results/.*\\.csv");
            browser.screenshot("simulator");
        }
    }
}
