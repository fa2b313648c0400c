package org.puente.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.puente.server.IntegrationTest;
import org.puente.server.access.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditVerifyCommandIntegrationTests {

    @Autowired
    SearchAuditQueue searchAudits;

    /** Searches of earlier tests append their entries in the background: settle them before tampering. */
    @org.junit.jupiter.api.BeforeEach
    void settleQueuedSearchAudits() {
        searchAudits.flush();
    }

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void reportsAnIntactChainThenNamesTheEntryWhoseDetailWasTamperedWith() {
        transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < 3; i++) {
                audit.record(new AuditEvent(Staff.system("test"), AuditAction.PERSON_SEARCHED, null, "test", "entry " + i));
            }
        });
        var text = new ByteArrayOutputStream();
        var command = new AuditVerifyCommand(audit, new PrintStream(text, true, StandardCharsets.UTF_8));

        assertThat(command.verify()).isZero();
        long entries = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("audit chain intact: " + entries + " entries");

        long tampered = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single() - 1;
        jdbc.sql("update audit_entry set detail = 'nothing to see' where seq = ?").param(tampered).update();
        try {
            text.reset();
            assertThat(command.verify()).isEqualTo(1);
            assertThat(text.toString(StandardCharsets.UTF_8))
                    .contains("audit chain BROKEN at entry #" + tampered + ": content does not match its hash");
        } finally {
            // Other tests share this database and its chain: undo the tampering.
            jdbc.sql("update audit_entry set detail = 'entry 1' where seq = ?").param(tampered).update();
        }
    }
}
