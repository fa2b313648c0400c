package org.puente.server.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.puente.server.common.BulkWriter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code verification_record} table, beside the audit log and chained the same way: each
 * record's hash covers its content and the previous record's hash. Records arrive here from the
 * journal's local files in large batches: each is one transaction, written with PostgreSQL's
 * binary {@code COPY} (a JDBC batch on H2).
 */
@Component
class VerificationStore {

    /** References per query when checking which are stored. */
    private static final int REFERENCES_PER_QUERY = 1_000;
    private static final String TABLE = "verification_record";
    private static final List<String> COLUMNS = List.of("seq", "reference", "at", "channel", "relying_party_id",
            "purpose", "document_type", "document_id", "outcome", "prev_hash", "hash");

    private final JdbcClient jdbc;
    private final BulkWriter bulk;
    private final TransactionTemplate transactions;
    /** The chain's head as this store last wrote it; null when it must be read again. */
    private Head head;

    VerificationStore(JdbcClient jdbc, BulkWriter bulk, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Appends records to the chain, in order, in one transaction. Another server appending first
     * makes the insert collide on the sequence number; the records are then chained again on the
     * new head. Called from one thread. Returns the sequence number of the newest stored record.
     */
    synchronized long append(List<VerificationRecord> records) {
        if (records.isEmpty()) {
            return head == null ? 0 : head.seq();
        }
        for (int attempt = 1; ; attempt++) {
            if (head == null) {
                head = jdbc.sql("select seq, hash from verification_record order by seq desc limit 1")
                        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional().orElse(Head.FIRST);
            }
            try {
                Head before = head;
                head = transactions.execute(status -> insert(before, records));
                return head.seq();
            } catch (RuntimeException e) {
                head = null;
                if (!collided(e) || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Whether the failure is a unique key taken by another writer (Spring's translation, or COPY's own). */
    private static boolean collided(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DuplicateKeyException
                    || t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The records whose reference is not stored yet (replaying a journal left by a crash). */
    List<VerificationRecord> notStored(List<VerificationRecord> records) {
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < records.size(); from += REFERENCES_PER_QUERY) {
            List<String> references = records.subList(from, Math.min(records.size(), from + REFERENCES_PER_QUERY))
                    .stream().map(VerificationRecord::reference).toList();
            stored.addAll(jdbc.sql("select reference from verification_record where reference in (:references)")
                    .param("references", references).query(String.class).list());
        }
        return records.stream().filter(r -> !stored.contains(r.reference())).toList();
    }

    /** The newest record of the chain: its sequence number and hash. */
    private record Head(long seq, String hash) {
        static final Head FIRST = new Head(0, "0".repeat(64));
    }

    private Head insert(Head head, List<VerificationRecord> records) {
        long seq = head.seq();
        String prev = head.hash();
        List<Object[]> rows = new ArrayList<>(records.size());
        for (VerificationRecord r : records) {
            seq++;
            String hash = hash(seq, r, prev);
            rows.add(new Object[] {seq, r.reference(), r.at(), r.channel().name(), r.relyingPartyId(),
                    r.purpose() == null ? null : r.purpose().name(), r.documentType(), r.documentId(),
                    r.outcome().name(), prev, hash});
            prev = hash;
        }
        bulk.insert(TABLE, COLUMNS, rows);
        return new Head(seq, prev);
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
