package org.puente.server.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.puente.server.access.Staff;
import org.puente.server.common.BulkWriter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and reads the audit chain. Appends lock the chain's head row, so concurrent
 * transactions (even on several server instances) chain their entries in commit order.
 */
@Service
public class AuditLog {

    private static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(
            rs.getLong("seq"), rs.getObject("at", java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("actor_role"),
            rs.getString("agency"), AuditAction.valueOf(rs.getString("action")), rs.getObject("person_id", UUID.class),
            rs.getString("purpose"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));

    private static final List<String> COLUMNS = List.of("seq", "at", "actor", "actor_role", "agency", "action",
            "person_id", "purpose", "detail", "prev_hash", "hash");

    private final JdbcClient jdbc;
    private final BulkWriter writer;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<SearchAuditQueue> searches;

    AuditLog(JdbcClient jdbc, BulkWriter writer, Clock clock,
             org.springframework.beans.factory.ObjectProvider<SearchAuditQueue> searches) {
        this.searches = searches;
        this.jdbc = jdbc;
        this.writer = writer;
        this.clock = clock;
    }

    /** Appends one entry; must run inside the transaction of the change it describes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        recordAll(List.of(event));
    }

    /**
     * Appends the entry of a look that changed nothing (a view, a search). On PostgreSQL its
     * transaction commits without waiting for the WAL flush: the entry survives a crash of Puente
     * and is on disk within a fraction of a second, and reads do not queue behind disk flushes.
     * Changes keep synchronous commits (see docs/decisions/0004).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordRead(AuditEvent event) {
        if (writer.isPostgres()) {
            jdbc.sql("set local synchronous_commit to off").update();
        }
        recordAll(List.of(event));
    }

    /**
     * Queues the entry of a search (a list of people, no record opened); it is appended within
     * 100 ms, batched with other searches' entries, without holding up the search.
     */
    public void recordSearch(AuditEvent event) {
        searches.getObject().add(event);
    }

    /** Appends entries in order, taking the head lock once (bulk import). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        var head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long seq = (long) head[0];
        String prev = (String) head[1];
        // Millisecond precision survives the round trip through every supported database.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Object[]> rows = new ArrayList<>(events.size());
        String atText = at.toString();
        for (AuditEvent e : events) {
            seq++;
            String person = e.personId() == null ? null : e.personId().toString();
            String hash = AuditChain.hash(seq, atText, e.actor().username(), e.actor().role().name(),
                    e.actor().agency(), e.action().name(), person, e.purpose(), e.detail(), prev);
            rows.add(new Object[] {seq, at, e.actor().username(), e.actor().role().name(),
                    e.actor().agency(), e.action().name(), e.personId(), e.purpose(), e.detail(), prev, hash});
            prev = hash;
        }
        writer.insert("audit_entry", COLUMNS, rows);
        jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", seq).param("hash", prev).update();
    }

    /** Entries matching the filters, newest first (one more than a page, to tell whether more follow). */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query) {
        StringBuilder sql = new StringBuilder("select * from audit_entry where 1 = 1");
        var params = new java.util.LinkedHashMap<String, Object>();
        if (query.personId() != null) {
            sql.append(" and person_id = :person");
            params.put("person", query.personId());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            sql.append(" and actor = :actor");
            params.put("actor", query.actor().strip());
        }
        if (query.from() != null) {
            sql.append(" and at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (query.to() != null) {
            sql.append(" and at < :to");
            params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        sql.append(" order by seq desc limit :limit offset :offset");
        params.put("limit", query.pageSize() + 1);
        params.put("offset", query.page() * query.pageSize());
        return jdbc.sql(sql.toString()).params(params).query(ENTRY).list();
    }

    /**
     * Entries matching the filters, newest first, for a staff member; the search is itself
     * recorded, so whoever reads the trail leaves one too.
     */
    @Transactional
    public List<AuditEntry> searchAs(AuditQuery query, Staff actor) {
        List<AuditEntry> found = search(query);
        String detail = "actor=" + (query.actor() == null ? "" : query.actor().strip()) + "; from=" + query.from()
                + "; to=" + query.to() + "; page=" + query.page();
        recordAll(List.of(new AuditEvent(actor, AuditAction.AUDIT_SEARCHED, query.personId(), "audit", detail)));
        return found;
    }

    /** Recomputes the whole chain; reports the first entry whose link is broken. */
    @Transactional(readOnly = true)
    public ChainReport verify() {
        var state = new Object() {
            long expectedSeq = 1;
            String prev = AuditChain.GENESIS;
            long checked = 0;
            ChainReport broken;
        };
        // The head first, then the entries up to it: an entry written meanwhile (by another request)
        // is beyond the head read, so it neither shows as missing nor is checked half-way.
        var head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        jdbc.sql("select * from audit_entry where seq <= :last order by seq").param("last", (long) head[0])
                .query(ENTRY).stream().forEach(e -> {
            if (state.broken != null) {
                return;
            }
            String recomputed = AuditChain.hash(e.seq(), e.at().toString(), e.actor(), e.actorRole(), e.agency(),
                    e.action().name(), e.personId() == null ? null : e.personId().toString(), e.purpose(),
                    e.detail(), e.prevHash());
            if (e.seq() != state.expectedSeq) {
                state.broken = ChainReport.broken(state.checked, state.expectedSeq, "missing entry");
            } else if (!e.prevHash().equals(state.prev)) {
                state.broken = ChainReport.broken(state.checked, e.seq(), "previous hash does not match");
            } else if (!recomputed.equals(e.hash())) {
                state.broken = ChainReport.broken(state.checked, e.seq(), "content does not match its hash");
            } else {
                state.prev = e.hash();
                state.expectedSeq++;
                state.checked++;
            }
        });
        if (state.broken != null) {
            return state.broken;
        }
        if ((long) head[0] != state.expectedSeq - 1 || !head[1].equals(state.prev)) {
            return ChainReport.broken(state.checked, state.expectedSeq, "entries missing at the end of the chain");
        }
        return ChainReport.intact(state.checked);
    }

    /** Filters for {@link #search}; null means "any". */
    public record AuditQuery(UUID personId, String actor, LocalDate from, LocalDate to, int page, int pageSize) {
    }

    /** The outcome of {@link #verify}. */
    public record ChainReport(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {

        static ChainReport intact(long checked) {
            return new ChainReport(true, checked, null, null);
        }

        static ChainReport broken(long checked, long seq, String problem) {
            return new ChainReport(false, checked, seq, problem);
        }
    }
}
