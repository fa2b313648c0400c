package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.server.IntegrationTest;
import org.puente.server.common.Ids;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The in-memory index verification answers from: what another process commits straight to the
 * database (an import from the command line, another instance) reaches it by the catch-up poll,
 * and a row the poll cannot see reaches it by reconciliation.
 */
@IntegrationTest
class VerifiableIndexIntegrationTests {

    @Autowired
    Register register;

    @Autowired
    VerifiableIndex index;

    @Autowired
    JdbcClient jdbc;

    @Test
    void documentsAndChangesCommittedByAnotherProcessAreSeenAfterTheNextCatchUp() {
        assertThat(index.ready()).isTrue();
        String number = TestPeople.uniqueNumber();
        UUID person = Ids.next();
        UUID document = Ids.next();
        insertPerson(person, LocalDate.of(1990, 6, 1), Instant.now());
        insertDocument(document, person, number, Instant.now());

        index.catchUp(); // the scheduled poll may have been first: either way it is there now
        var found = register.verifiable(DocumentType.CPP, number);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.documentId()).isEqualTo(document);
            assertThat(d.status()).isEqualTo(DocumentStatus.ACTIVE);
            assertThat(d.holderInitials()).isEqualTo("R. Q.");
            assertThat(d.holderBirthDate()).isEqualTo(LocalDate.of(1990, 6, 1));
            assertThat(d.calidad()).isNull();
        });

        // Revoked and given a migration status elsewhere.
        jdbc.sql("update identity_document set status = 'REVOKED', version = version + 1 where id = :id")
                .param("id", document).update();
        jdbc.sql("""
                insert into document_event (id, document_id, kind, previous_status, new_status, reason, actor, at)
                values (:id, :doc, 'REVOKED', 'ACTIVE', 'REVOKED', 'test', 'elsewhere', :at)""")
                .param("id", Ids.next()).param("doc", document).param("at", Timestamp.from(Instant.now())).update();
        jdbc.sql("""
                insert into migration_status (id, person_id, category, valid_from, legal_basis, actor, created_at,
                    updated_at, version)
                values (:id, :p, 'TRABAJADOR_RESIDENTE', :from, 'test', 'elsewhere', :at, :at, 0)""")
                .param("id", Ids.next()).param("p", person).param("from", LocalDate.of(2025, 1, 1))
                .param("at", Timestamp.from(Instant.now())).update();

        index.catchUp();
        var changed = register.verifiable(DocumentType.CPP, number).getFirst();
        assertThat(changed.status()).isEqualTo(DocumentStatus.REVOKED);
        assertThat(changed.calidad()).isEqualTo(CalidadMigratoria.TRABAJADOR_RESIDENTE);
    }

    @Test
    void aDocumentCommittedLongAfterItsIdWasMintedIsFoundByReconciliation() {
        String number = TestPeople.uniqueNumber();
        UUID person = Ids.next();
        // Minted an hour ago: older than any catch-up window.
        UUID document = Ids.next(java.time.Clock.fixed(Instant.now().minusSeconds(3_600), java.time.ZoneOffset.UTC));
        insertPerson(person, LocalDate.of(1984, 2, 29), Instant.now());
        insertDocument(document, person, number, Instant.now());
        index.catchUp();
        assertThat(register.verifiable(DocumentType.CPP, number)).isEmpty();

        index.reconcile(); // notes the database's count
        index.reconcile(); // the count has not moved and differs from the index's: reload
        assertThat(register.verifiable(DocumentType.CPP, number)).extracting(VerifiableDocument::documentId)
                .isEqualTo(List.of(document));
    }

    private void insertPerson(UUID id, LocalDate birthDate, Instant at) {
        jdbc.sql("""
                insert into person (id, person_key, given_names, first_surname, sex, birth_date, nationality,
                    search_name, created_at, updated_at, version)
                values (:id, :key, 'Rosa', 'Quispe', 'F', :birth, 'BOL', 'rosa quispe', :at, :at, 0)""")
                .param("id", id).param("key", PersonKey.random().value()).param("birth", birthDate)
                .param("at", Timestamp.from(at)).update();
    }

    private void insertDocument(UUID id, UUID person, String number, Instant at) {
        jdbc.sql("""
                insert into identity_document (id, person_id, doc_type, number, issuing_country, issued_on, expires_on,
                    status, work_authorised, created_at, updated_at, version)
                values (:id, :p, 'CPP', :n, 'PER', :issued, :expires, 'ACTIVE', true, :at, :at, 0)""")
                .param("id", id).param("p", person).param("n", number).param("issued", LocalDate.of(2024, 1, 1))
                .param("expires", LocalDate.of(2099, 1, 1)).param("at", Timestamp.from(at)).update();
    }
}
