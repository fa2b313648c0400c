package org.puente.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.puente.server.Api;
import org.puente.server.IntegrationTest;
import org.puente.server.WebSession;
import org.puente.server.register.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuditPagesIntegrationTests {

    @Autowired
    SearchAuditQueue searchAudits;

    /** Searches of earlier tests append their entries in the background: settle them before tampering. */
    @org.junit.jupiter.api.BeforeEach
    void settleQueuedSearchAudits() {
        searchAudits.flush();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theChainCheckNamesTheFirstAlteredEntry() {
        Api.as(port, "registrar").post("/api/v1/people", TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber()));
        WebSession auditor = WebSession.signedIn(port, "auditor");
        String original = jdbc.sql("select detail from audit_entry where seq = 1").query(String.class).single();
        try {
            jdbc.sql("update audit_entry set detail = 'altered' where seq = 1").update();

            String page = auditor.get("/audit/verify").body();

            assertThat(page).contains("La cadena está rota en la entrada 1", "content does not match its hash");
        } finally {
            jdbc.sql("update audit_entry set detail = :d where seq = 1").param("d", original).update();
        }
        assertThat(auditor.get("/audit/verify").body()).contains("La cadena está intacta");
    }

    @Test
    void entriesCanBeFilteredByUserAndDateAndAreShownNewestFirst() {
        String id = Api.as(port, "registrar").post("/api/v1/people",
                TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber())).json().get("id").asString();
        WebSession auditor = WebSession.signedIn(port, "auditor");

        String page = auditor.get("/audit?person=" + id + "&user=registrar&from=2000-01-01").body();

        assertThat(page.indexOf("data-action=\"PERSON_VIEWED\""))
                .isPositive().isLessThan(page.indexOf("data-action=\"PERSON_REGISTERED\""));
        assertThat(auditor.get("/audit?person=" + id + "&user=someone-else").body()).contains("id=\"no-entries\"");
    }

    @Test
    void aMalformedFilterIsShownBesideItsField() {
        String page = WebSession.signedIn(port, "auditor").get("/audit?person=not-an-id&from=2026-02-30").body();

        assertThat(page).contains("id=\"f-person-error\"", "Identificador no válido", "id=\"f-from-error\"");
    }
}
