package org.puente.server.register;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.puente.server.common.Conflict;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Merges of people and what each moved (tables {@code person_merge}, {@code person_merge_move}),
 * and the pointer from a merged person to the survivor ({@code person.merged_into}).
 */
@Repository
class Merges {

    static final String DOCUMENT = "DOCUMENT";
    static final String STATUS = "STATUS";

    private static final RowMapper<PersonMerge> MERGE = (rs, n) -> new PersonMerge(rs.getObject("id", UUID.class),
            rs.getObject("survivor_id", UUID.class), rs.getObject("merged_id", UUID.class), rs.getString("reason"),
            rs.getString("actor"), People.instant(rs, "at"), rs.getString("undone_by"), People.instant(rs, "undone_at"),
            rs.getString("undo_reason"));

    private final JdbcClient jdbc;

    Merges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The survivor a merged person points to, if the person has been merged. */
    UUID mergedInto(UUID personId) {
        return jdbc.sql("select merged_into from person where id = :p").param("p", personId)
                .query(UUID.class).optional().orElse(null);
    }

    /**
     * Moves the merged person's documents and statuses to the survivor, points the merged person
     * to it and remembers what moved. Both people must be unchanged since the caller read them.
     */
    void merge(PersonMerge m, long survivorVersion, long mergedVersion, Instant now) {
        pointTo(m.mergedId(), m.survivorId(), mergedVersion, now);
        touch(m.survivorId(), survivorVersion, now);
        jdbc.sql("""
                insert into person_merge (id, survivor_id, merged_id, reason, actor, at, created_at, updated_at, version)
                values (:id, :survivor, :merged, :reason, :actor, :at, :at, :at, 0)
                """)
                .param("id", m.id()).param("survivor", m.survivorId()).param("merged", m.mergedId())
                .param("reason", m.reason()).param("actor", m.actor()).param("at", Timestamp.from(now)).update();
        record(m.id(), DOCUMENT, "select id from identity_document where person_id = :from", m.mergedId());
        record(m.id(), STATUS, "select id from migration_status where person_id = :from", m.mergedId());
        jdbc.sql("update identity_document set person_id = :to, updated_at = :now, version = version + 1 where person_id = :from")
                .param("to", m.survivorId()).param("from", m.mergedId()).param("now", Timestamp.from(now)).update();
        jdbc.sql("update migration_status set person_id = :to, updated_at = :now, version = version + 1 where person_id = :from")
                .param("to", m.survivorId()).param("from", m.mergedId()).param("now", Timestamp.from(now)).update();
    }

    private void record(UUID mergeId, String kind, String select, UUID from) {
        List<UUID> ids = jdbc.sql(select).param("from", from).query(UUID.class).list();
        for (UUID id : ids) {
            jdbc.sql("insert into person_merge_move (merge_id, item_kind, item_id) values (:m, :k, :i)")
                    .param("m", mergeId).param("k", kind).param("i", id).update();
        }
    }

    /** Moves back what the merge moved (those still with the survivor) and clears the pointer. */
    void undo(PersonMerge m, String actor, String reason, Instant now) {
        int rows = jdbc.sql("""
                update person_merge set undone_by = :actor, undone_at = :now, undo_reason = :reason,
                    updated_at = :now, version = version + 1
                where id = :id and undone_at is null
                """)
                .param("actor", actor).param("now", Timestamp.from(now)).param("reason", reason).param("id", m.id())
                .update();
        if (rows == 0) {
            throw new Conflict("merge.alreadyUndone");
        }
        for (String[] table : new String[][] {{DOCUMENT, "identity_document"}, {STATUS, "migration_status"}}) {
            jdbc.sql("update " + table[1] + " set person_id = :back, updated_at = :now, version = version + 1"
                            + " where person_id = :survivor and id in"
                            + " (select item_id from person_merge_move where merge_id = :m and item_kind = :k)")
                    .param("back", m.mergedId()).param("survivor", m.survivorId()).param("now", Timestamp.from(now))
                    .param("m", m.id()).param("k", table[0]).update();
        }
        jdbc.sql("update person set merged_into = null, updated_at = :now, version = version + 1 where id = :p")
                .param("now", Timestamp.from(now)).param("p", m.mergedId()).update();
        jdbc.sql("update person set updated_at = :now, version = version + 1 where id = :p")
                .param("now", Timestamp.from(now)).param("p", m.survivorId()).update();
    }

    /** The documents a merge moved from the merged person to the survivor. */
    java.util.Set<UUID> movedDocuments(UUID mergeId) {
        return new java.util.HashSet<>(jdbc.sql("select item_id from person_merge_move where merge_id = :m and item_kind = :k")
                .param("m", mergeId).param("k", DOCUMENT).query(UUID.class).list());
    }

    PersonMerge find(UUID id) {
        return jdbc.sql("select * from person_merge where id = :id").param("id", id).query(MERGE).optional()
                .orElseThrow(() -> new org.puente.server.common.NotFound("merge.notFound"));
    }

    /** Merges this person took part in, as survivor or as the merged one, newest first. */
    List<PersonMerge> ofPerson(UUID personId) {
        return jdbc.sql("select * from person_merge where survivor_id = :p or merged_id = :p order by at desc, id desc")
                .param("p", personId).query(MERGE).list();
    }

    private void pointTo(UUID merged, UUID survivor, long expectedVersion, Instant now) {
        int rows = jdbc.sql("""
                update person set merged_into = :survivor, updated_at = :now, version = version + 1
                where id = :id and version = :expected and merged_into is null
                """)
                .param("survivor", survivor).param("now", Timestamp.from(now)).param("id", merged)
                .param("expected", expectedVersion).update();
        if (rows == 0) {
            throw new Conflict("record.changed");
        }
    }

    private void touch(UUID person, long expectedVersion, Instant now) {
        int rows = jdbc.sql("""
                update person set updated_at = :now, version = version + 1
                where id = :id and version = :expected and merged_into is null
                """)
                .param("now", Timestamp.from(now)).param("id", person).param("expected", expectedVersion).update();
        if (rows == 0) {
            throw new Conflict("record.changed");
        }
    }
}
