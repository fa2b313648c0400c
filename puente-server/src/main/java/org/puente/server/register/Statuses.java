package org.puente.server.register;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Migration status history (table {@code migration_status}). */
@Repository
class Statuses {

    private final JdbcClient jdbc;

    Statuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MigrationStatus s) {
        jdbc.sql("""
                insert into migration_status (id, person_id, category, valid_from, valid_to, legal_basis, actor,
                    created_at, updated_at, version)
                values (:id, :person, :category, :from, :to, :basis, :actor, :at, :at, 0)
                """)
                .param("id", s.id()).param("person", s.personId()).param("category", s.category().name())
                .param("from", s.validFrom()).param("to", s.validTo()).param("basis", s.legalBasis())
                .param("actor", s.actor()).param("at", Timestamp.from(s.recordedAt())).update();
    }

    List<MigrationStatus> ofPerson(UUID personId) {
        return jdbc.sql("select * from migration_status where person_id = :p order by valid_from desc, created_at desc")
                .param("p", personId)
                .query((rs, n) -> new MigrationStatus(rs.getObject("id", UUID.class), personId,
                        CalidadMigratoria.valueOf(rs.getString("category")), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class), rs.getString("legal_basis"), rs.getString("actor"),
                        People.instant(rs, "created_at")))
                .list();
    }

}
