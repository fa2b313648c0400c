package org.puente.server.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code verification_record} table, beside the audit log and chained the same way: each
 * record's hash covers its content and the previous record's hash. Records arrive here from the
 * journal's local files in large batches, so each commit carries hundreds of them.
 */
@Component
class VerificationStore {

    /** Rows per insert statement: one statement, one atomic commit, well under the drivers' parameter limits. */
    static final int ROWS_PER_INSERT = 1_000;
    private static final List<String> COLUMNS = List.of("seq", "reference", "at", "channel", "relying_party_id",
            "purpose", "document_type", "document_id", "outcome", "prev_hash", "hash");
    private static final String INSERT = "insert into verification_record (" + String.join(", ", COLUMNS) + ") values ";
    private static final String ROW = "(" + String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ")";
    private static final String FULL_INSERT = insertOf(ROWS_PER_INSERT);

    private final JdbcClient jdbc;
    /** The chain's head as this store last wrote it; null when it must be read again. */
    private Head head;

    VerificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends records to the chain, in order, a statement of at most {@link #ROWS_PER_INSERT} at a
     * time, each outside any transaction (one round trip, one commit). Another server appending
     * first makes the insert collide on the sequence number; the rows are then chained again on the
     * new head. Called from one thread.
     */
    synchronized void append(List<VerificationRecord> records) {
        for (int from = 0; from < records.size(); from += ROWS_PER_INSERT) {
            appendWithRetry(records.subList(from, Math.min(records.size(), from + ROWS_PER_INSERT)));
        }
    }

    /** The records whose reference is not stored yet (replaying a journal left by a crash). */
    List<VerificationRecord> notStored(List<VerificationRecord> records) {
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < records.size(); from += ROWS_PER_INSERT) {
            List<String> references = records.subList(from, Math.min(records.size(), from + ROWS_PER_INSERT))
                    .stream().map(VerificationRecord::reference).toList();
            stored.addAll(jdbc.sql("select reference from verification_record where reference in (:references)")
                    .param("references", references).query(String.class).list());
        }
        return records.stream().filter(r -> !stored.contains(r.reference())).toList();
    }

    private void appendWithRetry(List<VerificationRecord> records) {
        for (int attempt = 1; ; attempt++) {
            if (head == null) {
                head = jdbc.sql("select seq, hash from verification_record order by seq desc limit 1")
                        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional().orElse(Head.FIRST);
            }
            try {
                head = insert(head, records);
                return;
            } catch (DuplicateKeyException e) {
                head = null;
                if (attempt == 3) {
                    throw e;
                }
            } catch (RuntimeException e) {
                head = null;
                throw e;
            }
        }
    }

    /** The newest record of the chain: its sequence number and hash. */
    private record Head(long seq, String hash) {
        static final Head FIRST = new Head(0, "0".repeat(64));
    }

    private Head insert(Head head, List<VerificationRecord> records) {
        long seq = head.seq();
        String prev = head.hash();
        List<Object> values = new ArrayList<>(records.size() * COLUMNS.size());
        for (VerificationRecord r : records) {
            seq++;
            String hash = hash(seq, r, prev);
            values.addAll(Arrays.asList(seq, r.reference(), Timestamp.from(r.at()),
                    r.channel().name(), r.relyingPartyId(), r.purpose() == null ? null : r.purpose().name(),
                    r.documentType(), r.documentId(), r.outcome().name(), prev, hash));
            prev = hash;
        }
        jdbc.sql(records.size() == ROWS_PER_INSERT ? FULL_INSERT : insertOf(records.size())).params(values).update();
        return new Head(seq, prev);
    }

    private static String insertOf(int rows) {
        StringBuilder sql = new StringBuilder(INSERT.length() + rows * (ROW.length() + 2)).append(INSERT);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW);
        }
        return sql.toString();
    }

    /** SHA-256 over the previous hash and the record's fields, length-prefixed (as the audit chain). */
    static String hash(long seq, VerificationRecord r, String prev) {
        StringBuilder canonical = new StringBuilder(200);
        for (Object field : new Object[] {seq, r.reference(), r.at().truncatedTo(ChronoUnit.MILLIS), r.channel(),
                r.relyingPartyId(), r.purpose(), r.documentType(), r.documentId(), r.outcome(), prev}) {
            String text = field == null ? "" : field.toString();
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
