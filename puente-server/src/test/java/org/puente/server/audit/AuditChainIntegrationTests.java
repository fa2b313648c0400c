package org.puente.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.puente.server.Api;
import org.puente.server.IntegrationTest;
import org.puente.server.register.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuditChainIntegrationTests {

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
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyLookAndChangeIsAuditedWithWhoRoleAgencyAndPurpose() {
        var created = Api.as(port, "registrar").header("X-Purpose", "Trámite de CE")
                .post("/api/v1/people", TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber()));
        String id = created.json().get("id").asString();
        Api.as(port, "asylum-officer").header("X-Purpose", "Solicitud de refugio").get("/api/v1/people/" + id);

        var entries = Api.as(port, "auditor").get("/api/v1/audit?person=" + id).json().get("entries");

        assertThat(entries).extracting(e -> e.get("action").asString())
                .contains("PERSON_REGISTERED", "PERSON_VIEWED");
        // The registration's own entries (including its duplicate check) may be written after the look.
        var officerLooks = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
        entries.forEach(e -> {
            if (e.get("actor").asString().equals("asylum-officer")) {
                officerLooks.add(e);
            }
        });
        assertThat(officerLooks).hasSize(1);
        var officerLook = officerLooks.getFirst();
        assertThat(officerLook.get("action").asString()).isEqualTo("PERSON_VIEWED");
        assertThat(officerLook.get("actorRole").asString()).isEqualTo("ASYLUM_OFFICER");
        assertThat(officerLook.get("agency").asString()).isEqualTo("CEPR");
        assertThat(officerLook.get("purpose").asString()).isEqualTo("Solicitud de refugio");
    }

    @Test
    void theChainVerifiesAndATamperedEntryIsReportedAsTheFirstBrokenLink() {
        Api.as(port, "registrar").post("/api/v1/people", TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber()));
        assertThat(audit.verify().intact()).isTrue();
        long victim = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single() - 1;
        String original = jdbc.sql("select purpose from audit_entry where seq = :s").param("s", victim).query(String.class).single();

        jdbc.sql("update audit_entry set purpose = 'nada que ver' where seq = :s").param("s", victim).update();
        var report = audit.verify();
        jdbc.sql("update audit_entry set purpose = :p where seq = :s").param("p", original).param("s", victim).update();

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenSeq()).isEqualTo(victim);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryBreaksTheChain() {
        Api.as(port, "registrar").post("/api/v1/people", TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber()));
        long last = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        var row = jdbc.sql("select * from audit_entry where seq = :s").param("s", last).query().singleRow();

        jdbc.sql("delete from audit_entry where seq = :s").param("s", last).update();
        var report = audit.verify();
        jdbc.sql("""
                insert into audit_entry (seq, at, actor, actor_role, agency, action, person_id, purpose, detail, prev_hash, hash)
                values (:seq, :at, :actor, :actor_role, :agency, :action, :person_id, :purpose, :detail, :prev_hash, :hash)
                """).params(row).update();

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenSeq()).isEqualTo(last);
        assertThat(audit.verify().intact()).isTrue();
    }
}
