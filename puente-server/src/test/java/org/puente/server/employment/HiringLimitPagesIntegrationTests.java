package org.puente.server.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.server.IntegrationTest;
import org.puente.server.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public hiring-limit check as an employer's browser uses it, with rows or a payroll file. */
@IntegrationTest
class HiringLimitPagesIntegrationTests {

    @LocalServerPort
    int port;

    /** The example: one Chinese CE holder and three Peruvians, all paid S/ 1,500. */
    static Map<String, String> fourWorkers(String csrf, String exemption) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("workers[0].nationality", "CHN");
        form.put("workers[0].documentType", "CE");
        form.put("workers[0].monthlyPay", "1500");
        form.put("workers[0].exemptions", exemption);
        for (int i = 1; i < 4; i++) {
            form.put("workers[" + i + "].nationality", "PER");
            form.put("workers[" + i + "].monthlyPay", "1,500.00");
        }
        form.put("asOf", "2026-11-23");
        form.put("action", "check");
        return form;
    }

    @Test
    void aFirmOfFourWithOneForeignerIsOverTheLimitAndToldWhoCounts() {
        WebSession employer = WebSession.anonymous(port);
        var reply = employer.post("/employers/hiring-limit", fourWorkers(employer.csrfFrom("/employers/hiring-limit"), ""));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("verdict-no", "supera los límites", "id=\"headcount-share\">25 %",
                "id=\"payroll-share\">25 %", "(límite: 20 %)", "Supera el límite de personal",
                "Extranjero sin excepción: cuenta", "Peruano: no cuenta", "id=\"counting-rule-unconfirmed\"",
                "Estricta");
    }

    @Test
    void theSameFirmCompliesWhenTheForeignerIsMarriedToAPeruvianAndLearnsItsMargin() {
        WebSession employer = WebSession.anonymous(port);
        var reply = employer.post("/employers/hiring-limit",
                fourWorkers(employer.csrfFrom("/employers/hiring-limit"), "PERUVIAN_SPOUSE"));

        assertThat(reply.body()).contains("verdict-yes", "id=\"headcount-share\">0 %",
                "Exceptuado por el DL 689 art. 3 (Cónyuge de peruano (art. 3)): no cuenta",
                "Puede contratar 1 trabajador(es) extranjero(s) más con una remuneración mensual de hasta S/ 2,571.42");
    }

    @Test
    void aRowWithoutPayIsNamedBesideItsField() {
        WebSession employer = WebSession.anonymous(port);
        Map<String, String> form = fourWorkers(employer.csrfFrom("/employers/hiring-limit"), "");
        form.put("workers[2].monthlyPay", "");
        form.put("workers[2].nationality", "VEN");
        var reply = employer.post("/employers/hiring-limit", form);

        assertThat(reply.body()).contains("id=\"f-workers[2]-monthlyPay-error\"").doesNotContain("id=\"answer\"");
    }

    @Test
    void aNegativePayFoundByTheRulesIsNamedOnTheRowTheEmployerTyped() {
        WebSession employer = WebSession.anonymous(port);
        Map<String, String> form = fourWorkers(employer.csrfFrom("/employers/hiring-limit"), "");
        form.put("workers[1].nationality", "PER");
        form.put("workers[1].monthlyPay", "");
        form.put("workers[3].monthlyPay", "-10");
        var reply = employer.post("/employers/hiring-limit", form);

        assertThat(reply.body()).contains("id=\"f-workers[3]-monthlyPay-error\"", "no puede ser negativo");
    }

    @Test
    void addingAWorkerWithoutScriptsGivesOneMoreRow() {
        WebSession employer = WebSession.anonymous(port);
        Map<String, String> form = fourWorkers(employer.csrfFrom("/employers/hiring-limit"), "");
        form.put("action", "addRow");
        var reply = employer.post("/employers/hiring-limit", form);

        assertThat(reply.body()).contains("name=\"workers[4].monthlyPay\"").doesNotContain("id=\"answer\"");
    }

    @Test
    void aFormWithMoreRowsThanItTakesPointsToTheCsvUpload() {
        WebSession employer = WebSession.anonymous(port);
        Map<String, String> form = fourWorkers(employer.csrfFrom("/employers/hiring-limit"), "");
        form.put("workers[5000].monthlyPay", "1500");
        var reply = employer.post("/employers/hiring-limit", form);

        assertThat(reply.body()).contains("id=\"f-file-error\"", "hasta 200 trabajadores").doesNotContain("workers[5000]");
    }

    @Test
    void anUploadedPayrollIsCheckedAndABadLineIsNamed() {
        WebSession employer = WebSession.anonymous(port);
        String csrf = employer.csrfFrom("/employers/hiring-limit");
        var good = upload(employer, csrf, "nationality,document_type,monthly_pay,exemptions\nCHN,CE,1500,\nPER,,1500,\nPER,,1500,\n"
                + "PER,,1500,\nPER,,1500,\n");
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.body()).contains("id=\"uploaded\"", "verdict-yes", "id=\"headcount-share\">20 %");

        var bad = upload(employer, csrf, "nationality,monthly_pay,exemptions\nPER,1500,\nCHN,lots,\nVEN,1200,NOT_A_CODE\n");
        assertThat(bad.body()).contains("id=\"f-file-error\"", "Línea 3", "«lots»").doesNotContain("id=\"answer\"");

        var unknownCode = upload(employer, csrf, "nationality,monthly_pay,exemptions\nPER,1500,\nVEN,1200,NOT_A_CODE\n");
        assertThat(unknownCode.body()).contains("Línea 3, exemptions[0]", "NOT_A_CODE");
    }


    private static java.net.http.HttpResponse<String> upload(WebSession session, String csrf, String csv) {
        return session.upload("/employers/hiring-limit/upload", Map.of("_csrf", csrf, "asOf", "2026-11-23"), "file",
                "payroll.csv", csv);
    }
}
