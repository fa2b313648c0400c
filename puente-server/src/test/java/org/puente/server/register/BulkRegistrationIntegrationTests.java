package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.server.IntegrationTest;
import org.puente.server.access.Staff;
import org.puente.server.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class BulkRegistrationIntegrationTests {

    @Autowired
    BulkRegistration bulk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;

    static BulkDraft draft(long line, String recordId, String number, NewStatus status, BulkDraft.DocumentState state) {
        return new BulkDraft(line, new NewPerson("María José", "González", "Pérez", Sex.F, LocalDate.of(1992, 3, 14),
                "VEN", new Contact("+51 987 654 321", null, "150101", null),
                new NewDocument(DocumentType.CPP, number, "PER", LocalDate.of(2024, 1, 10), LocalDate.of(2030, 1, 10), true),
                recordId), status, state);
    }

    static String recordId() {
        return "bulk-" + UUID.randomUUID();
    }

    long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    @Test
    void addsPeopleWithNameTokensDocumentsEventsStatusesAndOneAuditEntryEach() {
        long auditBefore = audit.verify().entriesChecked();
        List<BulkDraft> drafts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(recordId());
            drafts.add(draft(i + 2, ids.get(i), TestPeople.uniqueNumber(),
                    new NewStatus(CalidadMigratoria.PERMISO_TEMPORAL_DE_PERMANENCIA, LocalDate.of(2024, 1, 10),
                            LocalDate.of(2030, 1, 10), "DS 010-2020-IN"), null));
        }

        BulkOutcome outcome = bulk.register(drafts, Staff.system("import"), "test import");

        assertThat(outcome.imported()).isEqualTo(3);
        assertThat(outcome.rejected()).isEmpty();
        UUID person = jdbc.sql("select id from person where source_record_id = ?").param(ids.get(0)).query(UUID.class).single();
        assertThat(jdbc.sql("select search_name from person where id = ?").param(person).query(String.class).single())
                .isEqualTo("maria jose gonzalez perez");
        assertThat(count("select count(*) from migration_status where person_id = ?", person)).isEqualTo(1);
        assertThat(count("""
                select count(*) from document_event e join identity_document d on d.id = e.document_id
                where d.person_id = ? and e.kind = 'ISSUED'""", person)).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where action = 'PERSON_IMPORTED' and person_id = ?", person))
                .isEqualTo(1);
        var chain = audit.verify();
        assertThat(chain.intact()).isTrue();
        assertThat(chain.entriesChecked()).isGreaterThanOrEqualTo(auditBefore + 3);
    }

    @Test
    void keepsEveryValueAsWrittenWhenABatchIsLargeEnoughForTheBulkPath() {
        List<BulkDraft> drafts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(recordId());
            drafts.add(draft(i + 2, ids.get(i), TestPeople.uniqueNumber(),
                    new NewStatus(CalidadMigratoria.PERMISO_TEMPORAL_DE_PERMANENCIA, LocalDate.of(2024, 1, 10),
                            null, "DS 010-2020-IN"), null));
        }
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);

        assertThat(bulk.register(drafts, Staff.system("import"), "test import").imported()).isEqualTo(60);

        var person = jdbc.sql("""
                select p.given_names, p.second_surname, p.birth_date, p.phone, p.email, p.ubigeo, p.created_at,
                       p.version, d.issued_on, d.expires_on, d.work_authorised, d.status, d.version, s.valid_to
                from person p join identity_document d on d.person_id = p.id join migration_status s on s.person_id = p.id
                where p.source_record_id = ?""").param(ids.get(59)).query((rs, n) -> java.util.Map.of(
                        "given", rs.getString(1), "second", rs.getString(2),
                        "birth", rs.getObject(3, LocalDate.class), "phone", rs.getString(4),
                        "emailIsNull", rs.getString(5) == null, "ubigeo", rs.getString(6),
                        "created", rs.getObject(7, java.time.OffsetDateTime.class).toInstant(),
                        "issued", rs.getObject(9, LocalDate.class), "expires", rs.getObject(10, LocalDate.class),
                        "workAuthorised", rs.getBoolean(11))).single();
        assertThat(person).containsEntry("given", "María José").containsEntry("second", "Pérez")
                .containsEntry("birth", LocalDate.of(1992, 3, 14)).containsEntry("phone", "+51 987 654 321")
                .containsEntry("emailIsNull", true).containsEntry("ubigeo", "150101")
                .containsEntry("issued", LocalDate.of(2024, 1, 10)).containsEntry("expires", LocalDate.of(2030, 1, 10))
                .containsEntry("workAuthorised", true);
        assertThat((java.time.Instant) person.get("created")).isAfter(before).isBefore(java.time.Instant.now().plusSeconds(1));
        assertThat(jdbc.sql("select count(*) from migration_status s join person p on p.id = s.person_id "
                + "where p.source_record_id = ? and s.valid_to is null").param(ids.get(0)).query(Long.class).single())
                .isEqualTo(1);
        // The chain re-hashes every entry from what the database gives back, timestamps included.
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void skipsRecordIdsAlreadyPresentAndRejectsDocumentsTakenOrRepeated() {
        String first = recordId();
        String number = TestPeople.uniqueNumber();
        bulk.register(List.of(draft(2, first, number, null, null)), Staff.system("import"), "test import");
        String repeated = TestPeople.uniqueNumber();

        BulkOutcome outcome = bulk.register(List.of(
                draft(2, first, number, null, null),
                draft(3, recordId(), number, null, null),
                draft(4, recordId(), repeated, null, null),
                draft(5, recordId(), repeated, null, null)), Staff.system("import"), "test import");

        assertThat(outcome.imported()).isEqualTo(1);
        assertThat(outcome.skipped()).isEqualTo(1);
        assertThat(outcome.rejected()).extracting(BulkOutcome.Rejection::line).containsExactly(3L, 5L);
        assertThat(outcome.rejected().get(0).problems().get(0).code()).isEqualTo("document.taken");
        assertThat(outcome.rejected().get(1).problems().get(0).code()).isEqualTo(BulkRegistration.DOCUMENT_REPEATED);
        assertThat(count("select count(*) from identity_document where number = ?", number)).isEqualTo(1);
    }

    @Test
    void recordsARevokedFirstDocumentWithARevocationEventAndItsReason() {
        String id = recordId();
        bulk.register(List.of(draft(2, id, TestPeople.uniqueNumber(), null,
                BulkDraft.DocumentState.revoked("Cancelación por resolución administrativa"))), Staff.system("demo"), "demo");

        var row = jdbc.sql("""
                select d.status, e.reason from identity_document d join person p on p.id = d.person_id
                join document_event e on e.document_id = d.id where p.source_record_id = ? and e.kind = 'REVOKED'
                """).param(id).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2)).single();
        assertThat(row).isEqualTo("REVOKED|Cancelación por resolución administrativa");
    }
}
