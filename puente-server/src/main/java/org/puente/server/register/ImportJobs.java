package org.puente.server.register;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bulk imports' progress and rejected rows (tables {@code import_job}, {@code import_rejection}). */
@Repository
class ImportJobs {

    private static final RowMapper<ImportJob> JOB = (rs, n) -> new ImportJob(rs.getObject("id", UUID.class),
            rs.getString("source_name"), rs.getString("actor"), rs.getString("state"), rs.getLong("total_bytes"),
            rs.getLong("processed_bytes"), rs.getLong("rows_read"), rs.getLong("rows_imported"),
            rs.getLong("rows_skipped"), rs.getLong("rows_rejected"), rs.getString("failure"),
            People.instant(rs, "started_at"), People.instant(rs, "finished_at"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobs(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void create(UUID id, String sourceName, String actor, long totalBytes, Instant now) {
        jdbc.sql("""
                insert into import_job (id, source_name, actor, state, total_bytes, processed_bytes, rows_read,
                    rows_imported, rows_skipped, rows_rejected, started_at, created_at, updated_at, version)
                values (:id, :source, :actor, 'RUNNING', :total, 0, 0, 0, 0, 0, :now, :now, :now, 0)
                """)
                .param("id", id).param("source", truncate(sourceName, 200)).param("actor", actor)
                .param("total", totalBytes).param("now", Timestamp.from(now)).update();
    }

    /**
     * Adds one batch's counts to the job. Increments, so batches committing concurrently (and in
     * any order) add up; the read position only moves forward.
     */
    void addProgress(UUID id, long position, long read, long imported, long skipped, long rejected, Instant now) {
        jdbc.sql("""
                update import_job set processed_bytes = greatest(processed_bytes, :bytes), rows_read = rows_read + :read,
                    rows_imported = rows_imported + :imported, rows_skipped = rows_skipped + :skipped,
                    rows_rejected = rows_rejected + :rejected, updated_at = :now, version = version + 1
                where id = :id
                """)
                .param("bytes", position).param("read", read).param("imported", imported).param("skipped", skipped)
                .param("rejected", rejected).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void finish(UUID id, String state, String failure, Instant now) {
        jdbc.sql("""
                update import_job set state = :state, failure = :failure, finished_at = :now, updated_at = :now,
                    version = version + 1 where id = :id
                """)
                .param("state", state).param("failure", truncate(failure, 500)).param("now", Timestamp.from(now))
                .param("id", id).update();
    }

    void addRejections(UUID jobId, List<ImportJob.Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        template.batchUpdate("insert into import_rejection (job_id, line_number, record_id, reason) values (?, ?, ?, ?)",
                rejections, rejections.size(), (ps, r) -> {
                    ps.setObject(1, jobId);
                    ps.setLong(2, r.line());
                    ps.setString(3, truncate(r.recordId(), 64));
                    ps.setString(4, truncate(r.reason(), 500));
                });
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select * from import_job where id = :id").param("id", id).query(JOB).optional();
    }

    List<ImportJob.Rejection> rejections(UUID jobId, int limit) {
        return jdbc.sql("select * from import_rejection where job_id = :id order by line_number limit :limit")
                .param("id", jobId).param("limit", limit)
                .query((rs, n) -> new ImportJob.Rejection(rs.getLong("line_number"), rs.getString("record_id"),
                        rs.getString("reason")))
                .list();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
