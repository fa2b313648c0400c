package org.puente.server.register;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.puente.server.common.Conflict;
import org.puente.server.common.Ids;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Candidate duplicate pairs and registrars' decisions on them (table {@code duplicate_pair}). */
@Repository
class DuplicatePairs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final RowMapper<DuplicatePair> pair;

    DuplicatePairs(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.pair = (rs, n) -> new DuplicatePair(rs.getObject("id", UUID.class), rs.getObject("person_a", UUID.class),
                rs.getObject("person_b", UUID.class), rs.getDouble("score"),
                JSON.readValue(rs.getString("evidence"), DuplicatePair.Evidence.class), rs.getString("found_by"),
                DuplicatePair.State.valueOf(rs.getString("state")), rs.getString("decided_by"),
                People.instant(rs, "decided_at"), rs.getObject("merge_id", UUID.class), People.instant(rs, "created_at"),
                rs.getLong("version"));
    }

    /**
     * Proposes a pair unless it is already known (pending or decided). Returns whether it is new.
     * The evidence is kept as written by the engine, so the queue shows why it was proposed.
     */
    boolean propose(UUID one, UUID other, double score, DuplicatePair.Evidence evidence, String foundBy, Instant now) {
        boolean oneFirst = Long.compareUnsigned(one.getMostSignificantBits(), other.getMostSignificantBits()) < 0
                || (one.getMostSignificantBits() == other.getMostSignificantBits()
                && Long.compareUnsigned(one.getLeastSignificantBits(), other.getLeastSignificantBits()) < 0);
        UUID a = oneFirst ? one : other;
        UUID b = oneFirst ? other : one;
        String text = JSON.writeValueAsString(evidence);
        if (text.length() > 4000) {
            text = JSON.writeValueAsString(new DuplicatePair.Evidence(
                    evidence.fields().subList(0, Math.min(20, evidence.fields().size())), evidence.total(),
                    evidence.probability()));
        }
        return jdbc.sql("""
                insert into duplicate_pair (id, person_a, person_b, score, evidence, found_by, state, created_at,
                    updated_at, version)
                values (:id, :a, :b, :score, :evidence, :foundBy, 'PENDING', :now, :now, 0)
                on conflict do nothing
                """)
                .param("id", Ids.next()).param("a", a).param("b", b).param("score", score).param("evidence", text)
                .param("foundBy", foundBy).param("now", Timestamp.from(now)).update() == 1;
    }

    /** The pair of these two people, in whichever order they are given. */
    java.util.Optional<DuplicatePair> between(UUID one, UUID other) {
        return jdbc.sql("""
                select * from duplicate_pair where (person_a = :one and person_b = :other)
                    or (person_a = :other and person_b = :one)
                """).param("one", one).param("other", other).query(pair).optional();
    }

    DuplicatePair find(UUID id) {
        return jdbc.sql("select * from duplicate_pair where id = :id").param("id", id).query(pair).optional()
                .orElseThrow(() -> new org.puente.server.common.NotFound("duplicate.notFound"));
    }

    /** Pending pairs, strongest evidence first; one more than asked, to tell whether more follow. */
    List<DuplicatePair> pending(int offset, int limit) {
        return jdbc.sql("select * from duplicate_pair where state = 'PENDING' order by score desc, id limit :limit offset :offset")
                .param("limit", limit + 1).param("offset", offset).query(pair).list();
    }

    long pendingCount() {
        return jdbc.sql("select count(*) from duplicate_pair where state = 'PENDING'").query(Long.class).single();
    }

    /** Decided pairs, for the engine to learn from. */
    List<DuplicatePair> decided() {
        return jdbc.sql("select * from duplicate_pair where state <> 'PENDING' order by decided_at").query(pair).list();
    }

    /** Pairs involving a person, any state. */
    List<DuplicatePair> ofPerson(UUID personId) {
        return jdbc.sql("select * from duplicate_pair where person_a = :p or person_b = :p order by created_at desc")
                .param("p", personId).query(pair).list();
    }

    void decide(DuplicatePair p, DuplicatePair.State state, String actor, UUID mergeId, Instant now) {
        int rows = jdbc.sql("""
                update duplicate_pair set state = :state, decided_by = :actor, decided_at = :now, merge_id = :merge,
                    updated_at = :now, version = version + 1
                where id = :id and version = :version
                """)
                .param("state", state.name()).param("actor", actor).param("now", Timestamp.from(now))
                .param("merge", mergeId).param("id", p.id()).param("version", p.version()).update();
        if (rows == 0) {
            throw new Conflict("record.changed");
        }
    }

    /** After an unmerge: the pair was not one person after all. */
    void markDifferentAfterUnmerge(UUID mergeId, String actor, Instant now) {
        jdbc.sql("""
                update duplicate_pair set state = 'DIFFERENT', decided_by = :actor, decided_at = :now,
                    updated_at = :now, version = version + 1
                where merge_id = :merge
                """)
                .param("actor", actor).param("now", Timestamp.from(now)).param("merge", mergeId).update();
    }
}
