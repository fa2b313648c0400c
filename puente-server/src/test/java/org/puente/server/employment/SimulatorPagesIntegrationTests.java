package org.puente.server.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.puente.server.IntegrationTest;
import org.puente.server.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The simulator is for analysts (statistics:read) only, and answers with a table, chart data and a CSV. */
@IntegrationTest
class SimulatorPagesIntegrationTests {

    private static final Pattern CSV_LINK = Pattern.compile("href=\"(/analysis/hiring-limit/results/[0-9a-f-]+\\.csv)\"");

    @LocalServerPort
    int port;

    static Map<String, String> synthetic(String csrf, String firms) {
        Map<String, String> form = new LinkedHashMap<>(SimulatorPages.defaults());
        form.put("_csrf", csrf);
        form.put("firms", firms);
        return form;
    }

    @Test
    void onlyStaffWhoMayReadStatisticsOpenTheSimulator() {
        assertThat(WebSession.signedIn(port, "analyst").get("/analysis/hiring-limit").statusCode()).isEqualTo(200);
        for (String user : new String[] {"registrar", "asylum-officer", "inspector", "auditor", "admin"}) {
            assertThat(WebSession.signedIn(port, user).get("/analysis/hiring-limit").statusCode()).as(user).isEqualTo(403);
        }
        var anonymous = WebSession.anonymous(port).get("/analysis/hiring-limit");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void theMenuOffersTheSimulatorToAnalystsOnly() {
        WebSession analyst = WebSession.signedIn(port, "analyst");
        assertThat(analyst.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/analysis/hiring-limit");
        assertThat(analyst.get("/rights/document").body()).contains("id=\"menu-simulator\"");
        assertThat(WebSession.signedIn(port, "auditor").get("/audit").body()).doesNotContain("id=\"menu-simulator\"");
    }

    @Test
    void anAnalystSimulatesSyntheticFirmsAndDownloadsTheTableAsCsv() {
        WebSession analyst = WebSession.signedIn(port, "analyst");
        var reply = analyst.post("/analysis/hiring-limit", synthetic(analyst.csrfFrom("/analysis/hiring-limit"), "500"));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("id=\"simulation-table\"", "id=\"row-MICRO\"", "id=\"row-TOTAL\"",
                "Regla actual (20 % / 30 %)", "Otro porcentaje (30 % / 40 %)", "Mínimo de 2 para micro y pequeñas",
                "Solo planilla (30 %)", "id=\"simulation-chart\"", "id=\"simulation-data\"",
                "/webjars/chartjs/4.4.3/dist/chart.umd.js", "/js/simulator-chart.js", "500 empresas sintéticas");
        Matcher link = CSV_LINK.matcher(reply.body());
        assertThat(link.find()).isTrue();

        var csv = analyst.get(link.group(1));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String[] lines = csv.body().split("\n");
        assertThat(lines[0]).isEqualTo("scenario,label,rule_set,size_class,firms,over_limit_now,constrained,"
                + "constrained_share,additional_foreign_workers");
        assertThat(lines).hasSize(1 + 5 * 4);
        assertThat(csv.body()).contains("current,", "minimum,", "+scenario.minimum", ",TOTAL,500,");

        assertThat(WebSession.signedIn(port, "analyst").get(link.group(1)).statusCode())
                .as("another session cannot read it").isEqualTo(404);
    }

    @Test
    void aLowerMinimumNeverFreesMoreFirmsThanAHigherOne() {
        WebSession analyst = WebSession.signedIn(port, "analyst");
        var form = synthetic(analyst.csrfFrom("/analysis/hiring-limit"), "400");
        form.put("minimum", "0");
        String none = analyst.post("/analysis/hiring-limit", form).body();
        form.put("minimum", "3");
        String three = analyst.post("/analysis/hiring-limit", form).body();

        // With no minimum the third scenario is the current rule; with 3, micro firms are freed.
        assertThat(constrainedMicro(none, 2)).isEqualTo(constrainedMicro(none, 0));
        assertThat(constrainedMicro(three, 2)).isLessThan(constrainedMicro(three, 0));
    }

    private static int constrainedMicro(String page, int scenario) {
        int row = page.indexOf("id=\"row-MICRO\"");
        String cells = page.substring(row, page.indexOf("</tr>", row));
        Matcher m = Pattern.compile("<td class=\"num\"><span>([0-9,]+)</span>").matcher(cells);
        for (int i = 0; i <= scenario; i++) {
            assertThat(m.find()).isTrue();
        }
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    @Test
    void anAnalystSimulatesAFirmsFile() {
        WebSession analyst = WebSession.signedIn(port, "analyst");
        String csrf = analyst.csrfFrom("/analysis/hiring-limit");
        Map<String, String> form = new LinkedHashMap<>(SimulatorPages.defaults());
        form.put("_csrf", csrf);
        form.put("source", "file");
        var reply = analyst.upload("/analysis/hiring-limit", form, "file", "firms.csv", """
                firm_id,size_class,headcount,monthly_payroll,foreign_monthly_pay,foreign_exemption
                F1,micro,4,6000,1500,
                F2,,20,40000,,
                F3,small,30,60000,2500,SPECIALIST
                """);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("3 empresas del archivo", "id=\"simulation-table\"");

        var bad = analyst.upload("/analysis/hiring-limit", form, "file", "firms.csv",
                "firm_id,headcount\nF1,4\n");
        assertThat(bad.body()).contains("id=\"f-file-error\"", "monthly_payroll").doesNotContain("id=\"simulation-table\"");
    }

    @Test
    void theLargestSyntheticPopulationIsSimulatedWhileTheAnalystWaits() {
        WebSession analyst = WebSession.signedIn(port, "analyst");
        long started = System.nanoTime();
        var reply = analyst.post("/analysis/hiring-limit", synthetic(analyst.csrfFrom("/analysis/hiring-limit"),
                String.valueOf(SyntheticFirms.MAX_FIRMS)));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("id=\"row-TOTAL\"", "20,000");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(60));
    }

    @Test
    void impossibleScenarioValuesAreNamedBesideTheirFields() {
        WebSession analyst = WebSession.signedIn(port, "analyst");
        var form = synthetic(analyst.csrfFrom("/analysis/hiring-limit"), "100000");
        form.put("altHeadcount", "120");
        var reply = analyst.post("/analysis/hiring-limit", form);

        assertThat(reply.body()).contains("id=\"f-altHeadcount-error\"", "id=\"f-firms-error\"")
                .doesNotContain("id=\"simulation-table\"");
    }
}
